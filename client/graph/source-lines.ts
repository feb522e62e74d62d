// The list of sources under an exported image, cut to the room it has: whole sources only (no sigma here, so the rule
// is tested without a browser).

/** Source lines an image writes at most. */
export const DEFAULT_MAX_SOURCE_LINES = 40;

/**
 * The source lines the image has room for (at most `max`), whole sources only. Each source is a numbered line
 * ("1. publisher, date") and its indented lines (Arabic publisher, title, English title, link). When they do not all
 * fit, every source keeps its numbered line, and the first sources keep their indented lines too while the room
 * left allows whole sets; past `max` sources, the last line says how many sources are left out ("… +12"), so no
 * source is half listed and the number counts sources, not lines.
 */
export function fitSourceLines(lines: readonly string[], max = DEFAULT_MAX_SOURCE_LINES): string[] {
  if (lines.length <= max) return [...lines];
  const sources: string[][] = [];
  for (const line of lines)
    if (line.startsWith(' ') && sources.length > 0) sources[sources.length - 1]!.push(line);
    else sources.push([line]);
  if (sources.length > max)
    return [...sources.slice(0, max - 1).map((s) => s[0]!), `… +${sources.length - (max - 1)}`];
  let room = max - sources.length;
  let detailed = true;
  return sources.flatMap(([first, ...rest]) => {
    detailed = detailed && rest.length <= room;
    if (!detailed) return [first!];
    room -= rest.length;
    return [first!, ...rest];
  });
}
