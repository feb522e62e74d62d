// Lists of labels or relationship types in one query parameter (`types=KNOWS,ACTED_IN`). Any graph's names are
// allowed, and Neo4j allows a comma, a backtick or spaces at the ends of one, so such a name is written as Cypher
// writes it: in backticks, a backtick inside doubled (`types=KNOWS,`Has, comma``). The client writes lists with
// nameListText, the API reads them with splitNameList: the same names arrive whatever they hold.

/** The names in one parameter's text, or what is wrong with it (an unclosed backtick, text after a quoted name). */
export function splitNameList(text: string): { names: string[] } | { error: string } {
  const names: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text[i] !== '`') {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      const name = text.slice(i, end).trim();
      if (name) names.push(name);
      i = end + 1;
      continue;
    }
    let name = '';
    let k = i + 1;
    for (;;) {
      if (k >= text.length)
        return { error: `expected a closing backtick for the name that starts at character ${i + 1}` };
      if (text[k] === '`') {
        if (text[k + 1] !== '`') break;
        name += '`';
        k += 2;
      } else name += text[k++];
    }
    k++;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k < text.length && text[k] !== ',')
      return { error: `expected a comma after the backticked name \`${name}\` (character ${k + 1})` };
    names.push(name);
    i = k + 1;
  }
  return { names };
}

/** Whether a name must be written in backticks to come back whole from splitNameList. */
const needsQuotes = (name: string) => /[,`]/.test(name) || name !== name.trim() || name === '';

/** One parameter's text for these names: each as it is, or in backticks where splitNameList would cut it. */
export function nameListText(names: readonly string[]): string {
  return names.map((n) => (needsQuotes(n) ? `\`${n.replaceAll('`', '``')}\`` : n)).join(',');
}
