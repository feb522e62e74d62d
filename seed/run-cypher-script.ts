// `npm run seed -- --cypher FILE`: runs a .cypher script statement by statement against Neo4j. Each statement is
// its own auto-commit transaction (so schema statements and CALL … IN TRANSACTIONS work) unless :begin … :commit
// groups some into one. Stops at the first error, naming the file, the statement's number and line, and Neo4j's
// message, with what was already applied.
import fs from 'node:fs';
import type { Driver, Session, Transaction } from 'neo4j-driver';
import {
  splitCypherScript,
  statementPreview,
  CypherScriptSyntaxError,
  type ScriptItem,
  type ScriptStatement,
} from './cypher-script.js';
import { SAVE_AS_UTF8 } from './load-facts.js';
import { NotUtf8Error, decodeUtf8 } from './text-encoding.js';

export interface StatementResult {
  number: number;
  line: number;
  preview: string;
  /** Neo4j's update counters that are not zero, e.g. { nodesCreated: 171 }. */
  updates: Record<string, number>;
}

export interface CypherScriptSummary {
  file: string;
  statements: StatementResult[];
  /** Sums of every statement's counters. */
  totals: Record<string, number>;
  ms: number;
}

/** A script that could not be read, split or run; `applied` lists what had been committed before it stopped. */
export class CypherScriptError extends Error {
  constructor(
    message: string,
    public readonly file: string,
    public readonly line: number,
    public readonly statement: number | null,
    public readonly applied: StatementResult[],
    /** True when nothing was written: the script did not split, or it failed before any commit. */
    public readonly nothingWritten: boolean,
  ) {
    super(message);
    this.name = 'CypherScriptError';
  }
}

export interface RunCypherScriptOptions {
  database?: string;
  onStatement?: (done: StatementResult, total: number) => void;
}

function countersOf(summary: { counters: { updates(): Record<string, number> } }): Record<string, number> {
  return Object.fromEntries(Object.entries(summary.counters.updates()).filter(([, v]) => v !== 0));
}

function add(into: Record<string, number>, more: Record<string, number>): void {
  for (const [k, v] of Object.entries(more)) into[k] = (into[k] ?? 0) + v;
}

/**
 * A script's text, read strictly as UTF-8 as every file the seed reads (a lenient read writes another encoding's text
 * as U+FFFD); a CypherScriptError naming file, line and column otherwise.
 */
function readCypherScript(file: string): string {
  try {
    // Strictly UTF-8, as every file the seed reads: a lenient read writes another encoding's text as U+FFFD.
    return decodeUtf8(fs.readFileSync(file), `Cypher scripts are UTF-8 — ${SAVE_AS_UTF8}`);
  } catch (err) {
    if (err instanceof NotUtf8Error)
      throw new CypherScriptError(
        `${file}:${err.line}${err.column === undefined ? '' : `:${err.column}`}: ${err.message}`,
        file,
        err.line,
        null,
        [],
        true,
      );
    throw new CypherScriptError(
      `${file}: cannot read it (${(err as Error).message})`,
      file,
      0,
      null,
      [],
      true,
    );
  }
}

/**
 * A script's statements and commands, as runCypherScript runs them; a CypherScriptError (file, line, column) when it
 * cannot be read or split. Nothing is run: the CLI loads every script so before the first runs.
 */
export function loadCypherScript(file: string): ScriptItem[] {
  const text = readCypherScript(file);
  try {
    return splitCypherScript(text);
  } catch (err) {
    if (err instanceof CypherScriptSyntaxError)
      throw new CypherScriptError(
        `${file}:${err.line}:${err.column}: ${err.message}`,
        file,
        err.line,
        null,
        [],
        true,
      );
    throw err;
  }
}

export async function runCypherScript(
  driver: Driver,
  file: string,
  opts: RunCypherScriptOptions = {},
): Promise<CypherScriptSummary> {
  const started = Date.now();
  const items = loadCypherScript(file);
  const total = items.filter((it) => it.kind === 'cypher').length;
  const applied: StatementResult[] = [];
  // Statements of an open :begin block: committed together, so reported as applied only at :commit.
  let pending: StatementResult[] = [];
  const totals: Record<string, number> = {};
  const session: Session = driver.session({
    database: opts.database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  let tx: Transaction | null = null;
  let txLine = 0;
  const fail = (message: string, line: number, statement: number | null): never => {
    throw new CypherScriptError(message, file, line, statement, [...applied], applied.length === 0);
  };
  try {
    for (const item of items) {
      if (item.kind === 'begin') {
        if (tx)
          fail(
            `${file}:${item.line}: :begin inside a transaction opened on line ${txLine}.`,
            item.line,
            null,
          );
        tx = session.beginTransaction();
        txLine = item.line;
        continue;
      }
      if (item.kind === 'commit' || item.kind === 'rollback') {
        if (!tx) fail(`${file}:${item.line}: :${item.kind} without a :begin before it.`, item.line, null);
        const open = tx!;
        tx = null;
        if (item.kind === 'commit') {
          try {
            await open.commit();
          } catch (err) {
            fail(
              `${file}:${item.line}: the transaction opened on line ${txLine} did not commit: ${(err as Error).message}`,
              item.line,
              null,
            );
          }
          for (const r of pending) {
            applied.push(r);
            add(totals, r.updates);
          }
        } else await open.rollback();
        pending = [];
        continue;
      }
      // The three commands above all `continue`; what is left is a Cypher statement.
      const stmt = item as ScriptStatement;
      let updates: Record<string, number>;
      try {
        const res = tx ? await tx.run(stmt.text) : await session.run(stmt.text);
        updates = countersOf(res.summary);
      } catch (err) {
        if (tx) {
          await tx.close().catch(() => undefined);
          tx = null;
          pending = [];
        }
        const message = (err as Error).message.split('\n')[0];
        fail(
          `${file}:${stmt.line}: statement ${stmt.number} of ${total} failed: ${message}`,
          stmt.line,
          stmt.number,
        );
      }
      const result = {
        number: stmt.number,
        line: stmt.line,
        preview: statementPreview(stmt.text),
        updates: updates!,
      };
      if (tx) pending.push(result);
      else {
        applied.push(result);
        add(totals, result.updates);
      }
      opts.onStatement?.(result, total);
    }
    if (tx) {
      await (tx as Transaction).rollback();
      tx = null;
      fail(
        `${file}:${txLine}: the transaction opened by :begin is never committed; it was rolled back.`,
        txLine,
        null,
      );
    }
  } finally {
    if (tx) await (tx as Transaction).close().catch(() => undefined);
    await session.close();
  }
  return { file, statements: applied, totals, ms: Date.now() - started };
}
