import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../../seed/csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and remembers each record’s line', () => {
    expect(parseCsv('\uFEFFa,b,c\r\n1,"x, ""y""\nz",3\n\n4,,\n"q"')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, "y"\nz', '3'] },
      { line: 5, fields: ['4', '', ''] },
      { line: 6, fields: ['q'] },
    ]);
  });

  it('gives the true line of records after a quoted field holding CRLF line breaks (Excel on Windows writes them)', () => {
    expect(parseCsv('a,b\r\n"x\r\ny",1\r\n\r\n2,"\r\n\r\n"\r\n3,"p\nq\rr\n\rs"\r\n4,')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\r\ny', '1'] },
      { line: 5, fields: ['2', '\r\n\r\n'] },
      { line: 8, fields: ['3', 'p\nq\rr\n\rs'] },
      { line: 13, fields: ['4', ''] },
    ]);
  });

  it('reads Arabic text unchanged', () => {
    expect(parseCsv('name_ar\nسام ألتمان\n')[1]!.fields).toEqual(['سام ألتمان']);
  });

  it('names the line of an unclosed quote or a stray quote', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\nb"c\n')).toThrow(
      'a quote inside an unquoted field; quote the whole field and write the quote as ""',
    );
  });

  it('names the true line, column and field of a stray quote after quoted fields holding CRLF line breaks', () => {
    const placeOf = (text: string) => {
      try {
        parseCsv(text);
      } catch (e) {
        const err = e as CsvSyntaxError;
        return { line: err.line, column: err.column, message: err.message };
      }
      return null;
    };
    // Excel on Windows writes \r\n inside a quoted cell; csv-parse counts each of them twice (line 9, not 6).
    expect(placeOf('a,b\r\n1,"x\r\ny\r\nz\r\nw"\r\n2,3"\r\n')).toEqual({
      line: 6,
      column: 3,
      message: 'field 2: a quote inside an unquoted field; quote the whole field and write the quote as ""',
    });
    expect(placeOf('a,b\r\n1,"x\r\ny"\r\n\r\n"ab"c,2\r\n')).toEqual({
      line: 5,
      column: 1,
      message:
        'field 1: unexpected character after a closing quote (a quote inside a quoted field is written "")',
    });
    // A record whose earlier field spans lines: the field is named with the line its record starts on.
    expect(placeOf('a,b,c\n"p\nq",r,"s" t\n')).toEqual({
      line: 3,
      column: 6,
      message:
        'field 3 of the record starting on line 2: unexpected character after a closing quote (a quote inside a quoted field is written "")',
    });
  });

  it('names the line, column and field where an unclosed quoted field opens, not the end of the file', () => {
    const text = 'a,b,c\r\n1,"two ""x""\n lines",3\r\n4,5,"open\n6,7,8\n9,10,11\n';
    const err = (() => {
      try {
        parseCsv(text);
      } catch (e) {
        return e as CsvSyntaxError;
      }
    })();
    expect(err).toBeInstanceOf(CsvSyntaxError);
    expect({ line: err!.line, column: err!.column, message: err!.message }).toEqual({
      line: 4,
      column: 5,
      message:
        'field 3 of this record opens with a quote that is never closed; close it with " (a quote inside a quoted field is written "")',
    });
  });
});
