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

/**
 * Sets `key` of `target` to `value` as an own property, a key named `__proto__` included: assigning that one sets the
 * object's prototype instead (a map key or a property of a database that is not ours may be named so).
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
