// The .cypher splitter against cypher-shell's rules: strings, quoted names, comments, commands, positions.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CypherScriptSyntaxError,
  splitCypherScript,
  type ScriptStatement,
} from '../../../seed/cypher-script.js';

const statements = (script: string) =>
  splitCypherScript(script).filter((s): s is ScriptStatement => s.kind === 'cypher');

describe('splitCypherScript', () => {
  it('splits on ; and numbers the statements with their line and column', () => {
    const items = statements('RETURN 1;\n  RETURN 2 ;\n\nRETURN 3');
    expect(items.map((s) => [s.text, s.number, s.line, s.column])).toEqual([
      ['RETURN 1', 1, 1, 1],
      ['RETURN 2', 2, 2, 3],
      ['RETURN 3', 3, 4, 1],
    ]);
  });

  it('keeps ; inside single-, double- and back-quoted text, with escapes', () => {
    const items = statements("RETURN 'a;b', \"c;\\\"d;\", 'it\\'s; fine' AS `odd;``name`;\nRETURN 2;");
    expect(items.map((s) => s.text)).toEqual([
      "RETURN 'a;b', \"c;\\\"d;\", 'it\\'s; fine' AS `odd;``name`",
      'RETURN 2',
    ]);
  });

  it('ignores ; in line and block comments and drops statements that are only comments', () => {
    const items = statements('// a; comment\nRETURN 1 /* inner; */ + 1; // tail;\n/* only; a comment */;\n');
    expect(items.map((s) => s.text)).toEqual(['RETURN 1 /* inner; */ + 1']);
    expect(items[0]!.line).toBe(2);
  });

  it('reads :begin, :commit and :rollback as transaction commands on their own lines', () => {
    const kinds = splitCypherScript(
      ':begin\nCREATE (); CREATE ();\n:commit\n:BEGIN\nRETURN 1;\n:rollback\n',
    ).map((s) => s.kind);
    expect(kinds).toEqual(['begin', 'cypher', 'cypher', 'commit', 'begin', 'cypher', 'rollback']);
  });

  it('refuses other cypher-shell commands, naming the line', () => {
    expect(() => splitCypherScript('RETURN 1;\n:param x => 1\nRETURN $x;')).toThrow(
      expect.objectContaining({ line: 2, message: expect.stringMatching(/:param x => 1.*not supported/) }),
    );
  });

  it('reports where an unclosed string, quoted name or comment starts', () => {
    const at = (script: string) => {
      try {
        splitCypherScript(script);
      } catch (err) {
        expect(err).toBeInstanceOf(CypherScriptSyntaxError);
        return [(err as CypherScriptSyntaxError).line, (err as CypherScriptSyntaxError).column];
      }
      return null;
    };
    expect(at("RETURN 1;\nRETURN 'open;\nRETURN 2;")).toEqual([2, 8]);
    expect(at('RETURN 1;\n\n  RETURN `name;')).toEqual([3, 10]);
    expect(at('RETURN 1; /* never\nclosed;')).toEqual([1, 11]);
  });

  it('splits the foreign library fixture into its 13 statements and one transaction block', () => {
    const items = splitCypherScript(fs.readFileSync('tests/fixtures/foreign/library.cypher', 'utf8'));
    expect(items.filter((s) => s.kind === 'cypher')).toHaveLength(13);
    expect(items.filter((s) => s.kind !== 'cypher').map((s) => s.kind)).toEqual(['begin', 'commit']);
    const books = items.find((s) => s.kind === 'cypher' && s.text.includes('Rivers; and Other Roads'));
    expect(books).toMatchObject({ number: 3, line: 13 });
  });
});
