import { describe, expect, it } from 'vitest';
import { CsvSyntaxError } from '../../../seed/csv.js';
import { decodeCsvBytes } from '../../../seed/csv-encoding.js';

// Made-up names; the Windows-1256 bytes are those of "سام" (0xD3 0xC7 0xE3).
const thrown = (bytes: number[] | Uint8Array): CsvSyntaxError => {
  try {
    decodeCsvBytes(Uint8Array.from(bytes));
  } catch (e) {
    return e as CsvSyntaxError;
  }
  throw new Error('decoded without error');
};

describe('decodeCsvBytes', () => {
  it('decodes UTF-8, Arabic included, and drops a BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFFperson_name_ar\nسام\n');
    expect(decodeCsvBytes(bytes)).toBe('person_name_ar\nسام\n');
  });

  it('refuses a Windows-1256 file, naming the line and column of the first byte that is not UTF-8', () => {
    const head = [...new TextEncoder().encode('person_name,person_name_ar\nSam,')];
    const err = thrown([...head, 0xd3, 0xc7, 0xe3, 0x0a]);
    expect(err).toBeInstanceOf(CsvSyntaxError);
    expect([err.line, err.column]).toEqual([2, 5]);
    expect(err.message).toBe(
      'byte 0xD3 is not UTF-8: the file is in another encoding (Windows-1256, Latin-1…); save it as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8) and import it again',
    );
  });

  it('counts columns in characters after valid Arabic text on the same line', () => {
    const head = [...new TextEncoder().encode('a\r\nسام,')];
    expect(thrown([...head, 0xff]).column).toBe(5);
  });

  it('refuses UTF-16, with or without a byte-order mark', () => {
    expect(thrown([0xff, 0xfe, 0x61, 0x00]).message).toBe(
      'the file is UTF-16, not UTF-8 (it starts with a UTF-16 byte-order mark); save it as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8) and import it again',
    );
    expect(thrown([0x61, 0x00, 0x0a, 0x00]).message).toMatch(
      /^the file is UTF-16, not UTF-8 \(it contains NUL bytes\)/,
    );
  });
});
