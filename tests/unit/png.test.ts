import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngChunks, pngSize } from '../helpers/png';

/** A valid 3 × 2 grey PNG built by hand (CRCs are not checked by the reader, so zeros do). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    new DataView(out.buffer).setUint32(0, data.length);
    out.set(
      [...type].map((c) => c.charCodeAt(0)),
      4,
    );
    out.set(data, 8);
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 3);
  new DataView(ihdr.buffer).setUint32(4, 2);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(new Uint8Array(8))),
    chunk('IEND', new Uint8Array()),
  ];
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe('png helpers', () => {
  it('read the size and the chunks of a PNG', () => {
    expect(pngSize(tinyPng())).toEqual({ width: 3, height: 2 });
    expect(pngChunks(tinyPng())).toEqual(['IHDR', 'IDAT', 'IEND']);
  });
  it('refuse what is not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('<svg></svg>'))).toThrow(/not a PNG/);
  });
});
