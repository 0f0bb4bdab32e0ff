import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text';

describe('plainText', () => {
  it('removes bidirectional overrides, embeddings, isolates and marks', () => {
    expect(plainText('27.6\u202E noillim\u202C')).toBe('27.6 noillim');
    expect(plainText('\u2066a\u2069 \u2067b\u2069 \u2068c\u2069 \u202Ad\u202C \u202Be\u202C \u200Ef\u200F \u061Cg')).toBe('a b c d e f g');
  });
  it('removes zero-width characters, the byte-order mark and control characters', () => {
    expect(plainText('\uFEFFfor\u200Bced\u200C la\u200Dbour\u2060 \u0007bell\u0000 \u009Bc1')).toBe('forced labour bell c1');
  });
  it('turns line breaks and tabs into single spaces and trims', () => {
    expect(plainText('  People\n\tin\r\nforced   labour ')).toBe('People in forced labour');
  });
  it('keeps markup characters and every visible letter as they are: escaping is the output’s job', () => {
    expect(plainText('a < b & </text> "q" ’ – é 中文')).toBe('a < b & </text> "q" ’ – é 中文');
  });
});
