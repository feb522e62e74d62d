// A Cypher literal on screen (a list or map cell, a nested value): each string and backticked name isolated as a
// <bdi> of its own, so the elements keep their order whatever their direction; the text is the literal alone.
import { FSI, PDI } from '../state/cypher-values.js';

/** The parts of literalText's isolated text: each FSI…PDI part (marks dropped) in a <bdi>, the rest as it is. */
export function LiteralText({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${FSI}[^${PDI}]*${PDI})`, 'u'));
  return (
    <>{parts.map((part, i) => (part.startsWith(FSI) ? <bdi key={i}>{part.slice(1, -1)}</bdi> : part))}</>
  );
}
