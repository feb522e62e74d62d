// A name (label or relationship type), and an expansion's relationship pattern, as Cypher text: any graph's names
// reach queries — a foreign database's `works with`, a type holding a backtick — and the server's queries and the
// client's "Show Cypher" write them alike, so both read the same types.
import type { Direction } from './api-params.js';

/** A label or relationship type as a Cypher name: backtick-quoted, backticks doubled. */
export function quoteName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/**
 * The relationship pattern of an expansion for a direction and types, e.g. -[r:`WORKED_AT`|`FOUNDED`]->; no types:
 * any. The server's neighbours query and the client's "Show Cypher" of an expansion both write it, so both follow the
 * same relationships. The server checks the types against the database's catalogue first; they are quoted all the same.
 */
export function relPattern(direction: Direction, types: readonly string[]): string {
  const typeList = types.length > 0 ? `:${types.map(quoteName).join('|')}` : '';
  const rel = `[r${typeList}]`;
  return direction === 'out' ? `-${rel}->` : direction === 'in' ? `<-${rel}-` : `-${rel}-`;
}
