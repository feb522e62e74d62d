// The list of sources under an exported image: every source of the facts drawn, whole sources only, a line too long
// for the image wrapped rather than cut (no sigma here, so the rules are tested without a browser).

/** Source lines an image writes in full at most; past it, each source by its numbered line only. */
export const DEFAULT_MAX_SOURCE_LINES = 40;

/**
 * The source lines of the image: all of them up to `max`, whole sources only. Each source is a numbered line
 * ("1. publisher, date") and its indented lines (Arabic publisher, title, English title, link). When they do not all
 * fit, every source keeps its numbered line, and the first sources keep their indented lines too while the room left
 * allows whole sets; past `max` sources, every source is still listed by its numbered line (the image grows to hold
 * them), so none drawn goes unnamed in an image shared on its own.
 */
export function fitSourceLines(lines: readonly string[], max = DEFAULT_MAX_SOURCE_LINES): string[] {
  if (lines.length <= max) return [...lines];
  const sources: string[][] = [];
  for (const line of lines)
    if (line.startsWith(' ') && sources.length > 0) sources[sources.length - 1]!.push(line);
    else sources.push([line]);
  if (sources.length >= max) return sources.map((s) => s[0]!);
  let room = max - sources.length;
  let detailed = true;
  return sources.flatMap(([first, ...rest]) => {
    detailed = detailed && rest.length <= room;
    if (!detailed) return [first!];
    room -= rest.length;
    return [first!, ...rest];
  });
}

/** The indent of a source's lines after its numbered one (visibleSourceLines'). */
const INDENT = '    ';

/**
 * A source line as the image's lines of at most `max` wide (`width`: its measure, the canvas's in the image): whole
 * as it is when it fits, else broken at spaces, and inside a word that alone is too wide (a link); each part after
 * the first indented, so it reads as the same source's. Nothing is cut: a link or title stays whole to be read.
 */
export function wrapSourceLine(line: string, max: number, width: (s: string) => number): string[] {
  if (width(line) <= max) return [line];
  const indent = /^\s*/.exec(line)![0];
  const out: string[] = [];
  let current = indent;
  let empty = true;
  for (const word of line.slice(indent.length).split(' ')) {
    const joined = empty ? current + word : `${current} ${word}`;
    if (width(joined) <= max) {
      current = joined;
      empty = false;
      continue;
    }
    if (!empty) out.push(current);
    current = empty ? current : INDENT;
    // The word on a line of its own, broken where even that is too wide (at least one character a line).
    let rest = word;
    while (rest && width(current + rest) > max) {
      let n = 1;
      while (n < rest.length && width(current + rest.slice(0, n + 1)) <= max) n++;
      out.push(current + rest.slice(0, n));
      rest = rest.slice(n);
      current = INDENT;
    }
    current += rest;
    empty = rest === '';
  }
  if (!empty) out.push(current);
  return out;
}
