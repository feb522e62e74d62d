// Typed readers of property values (JSON from the API, or plain values from a converted record): one home for the
// "is it a string?" checks that server services, repositories and client panels all make.

/** The value when it is a string (empty included), else null. */
export function textOrNull(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** The value when it is a string with something besides white space, else undefined (a name or quote to show). */
export function nonBlankText(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/** The strings of a list (other items dropped); a single string is a list of one; anything else is empty. */
export function textList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}
