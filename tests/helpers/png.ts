// Reading a PNG's header without decoding it: its size and the list of its chunks.
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The chunk types of a PNG in order, e.g. ["IHDR", "IDAT", "IEND"]; throws when it is not a PNG. */
export function pngChunks(bytes: Uint8Array): string[] {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('not a PNG: the signature is missing');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const types: string[] = [];
  for (let at = 8; at + 8 <= bytes.length; at += 12 + view.getUint32(at))
    types.push(String.fromCharCode(...bytes.subarray(at + 4, at + 8)));
  return types;
}

/** Width and height from the IHDR chunk, which a PNG must begin with. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (pngChunks(bytes)[0] !== 'IHDR') throw new Error('not a PNG: IHDR is not the first chunk');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
