// Splits a .cypher script into statements the way cypher-shell does: `;` ends a statement except inside a string
// ('…' or "…", backslash escapes), a quoted name (`…`, doubled to escape) or a comment (// to the end of the line,
// /* … */). cypher-shell's own commands (a line starting with `:`) end at the end of their line; :begin, :commit and
// :rollback group statements into one transaction. Pure: no I/O.

export interface ScriptStatement {
  kind: 'cypher';
  /** The statement without its `;` and surrounding white space (comments inside it are kept). */
  text: string;
  /** 1-based position of the statement's first character in the script. */
  line: number;
  column: number;
  /** 1-based number among the script's Cypher statements. */
  number: number;
}

export interface ScriptCommand {
  kind: 'begin' | 'commit' | 'rollback';
  line: number;
  column: number;
}

export type ScriptItem = ScriptStatement | ScriptCommand;

/** A script that cannot be split: the message says what, `line`/`column` where (1-based). */
export class CypherScriptSyntaxError extends Error {
  constructor(
    message: string,
    public readonly line: number,
    public readonly column: number,
  ) {
    super(message);
    this.name = 'CypherScriptSyntaxError';
  }
}

const TRANSACTION_COMMANDS = new Set(['begin', 'commit', 'rollback']);

/** Splits `script` into Cypher statements and transaction commands, in order. */
export function splitCypherScript(script: string): ScriptItem[] {
  const items: ScriptItem[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  let start = -1; // index of the current statement's first significant character, -1 before it
  let startLine = 1;
  let startColumn = 1;
  let statements = 0;

  const advance = (n = 1) => {
    for (let k = 0; k < n && i < script.length; k++, i++) {
      if (script[i] === '\n') {
        line += 1;
        column = 1;
      } else column += 1;
    }
  };
  const mark = () => {
    if (start < 0) {
      start = i;
      startLine = line;
      startColumn = column;
    }
  };
  const finish = (end: number) => {
    if (start < 0) return;
    const text = script.slice(start, end).trim();
    start = -1;
    if (text === '') return;
    statements += 1;
    items.push({ kind: 'cypher', text, line: startLine, column: startColumn, number: statements });
  };

  while (i < script.length) {
    const c = script[i]!;
    const next = script[i + 1];
    if (c === '/' && next === '/') {
      while (i < script.length && script[i] !== '\n') advance();
      continue;
    }
    if (c === '/' && next === '*') {
      const openLine = line;
      const openColumn = column;
      advance(2);
      while (i < script.length && !(script[i] === '*' && script[i + 1] === '/')) advance();
      if (i >= script.length)
        throw new CypherScriptSyntaxError('A /* comment is never closed with */.', openLine, openColumn);
      advance(2);
      continue;
    }
    if (c === ':' && start < 0) {
      // A cypher-shell command: the rest of the line.
      const cmdLine = line;
      const cmdColumn = column;
      let end = script.indexOf('\n', i);
      if (end < 0) end = script.length;
      const words = script
        .slice(i + 1, end)
        .trim()
        .split(/\s+/);
      const name = (words[0] ?? '').toLowerCase();
      if (!TRANSACTION_COMMANDS.has(name) || words.length > 1)
        throw new CypherScriptSyntaxError(
          `The cypher-shell command ':${words.join(' ')}' is not supported here; only :begin, :commit and :rollback are.`,
          cmdLine,
          cmdColumn,
        );
      items.push({ kind: name as ScriptCommand['kind'], line: cmdLine, column: cmdColumn });
      advance(end - i);
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      mark();
      const openLine = line;
      const openColumn = column;
      advance();
      for (;;) {
        if (i >= script.length)
          throw new CypherScriptSyntaxError(
            c === '`' ? 'A `quoted name` is never closed.' : `A string opened with ${c} is never closed.`,
            openLine,
            openColumn,
          );
        const d = script[i]!;
        if (c !== '`' && d === '\\') {
          advance(2);
          continue;
        }
        if (d === c) {
          if (c === '`' && script[i + 1] === '`') {
            advance(2);
            continue;
          }
          advance();
          break;
        }
        advance();
      }
      continue;
    }
    if (c === ';') {
      finish(i);
      advance();
      continue;
    }
    if (!/\s/.test(c)) mark();
    advance();
  }
  finish(script.length);
  return items;
}

/** The first line of a statement, shortened for progress lines. */
export function statementPreview(text: string, max = 60): string {
  const first = text.replace(/\s+/g, ' ').trim();
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}
