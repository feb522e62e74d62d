// The shared UTF-8 decoder's own contract; its CSV wording is in csv-encoding.test.ts, facts files' in validate.test.ts.
import { describe, expect, it } from 'vitest';
import { NotUtf8Error, decodeUtf8 } from '../../../seed/text-encoding.js';

const thrown = (bytes: number[]): NotUtf8Error => {
  try {
    decodeUtf8(Uint8Array.from(bytes), 'ADVICE');
  } catch (e) {
    return e as NotUtf8Error;
  }
  throw new Error('decoded without error');
};

describe('decodeUtf8', () => {
  it('ends the message with the advice it is given', () => {
    const err = thrown([0x61, 0xe9]);
    expect(err).toBeInstanceOf(NotUtf8Error);
    expect([err.line, err.column, err.message]).toEqual([
      1,
      2,
      'byte 0xE9 is not UTF-8: the file is in another encoding (Windows-1256, Latin-1…); ADVICE',
    ]);
  });

  it('refuses a multi-byte sequence cut off by the end of the file, at the sequence’s first byte', () => {
    // "س" is 0xD8 0xB3; the file ends after 0xD8.
    expect([thrown([0x61, 0x0a, 0xd8]).line, thrown([0x61, 0x0a, 0xd8]).column]).toEqual([2, 1]);
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), 'ADVICE')).toBe('a');
  });
});
