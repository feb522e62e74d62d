// Decodes a file's bytes as UTF-8, refusing anything else: decoding a Windows-1256 or Latin-1 file leniently turns
// its names and evidence into replacement characters (U+FFFD) that would be written as facts. Shared by the CSV
// import, facts files and their source texts, so every file the seed reads is held to the same rule.

/** The bytes are not UTF-8; `line` and (when one byte is to blame) `column` say where, counted in characters. */
export class NotUtf8Error extends Error {
  constructor(
    public readonly line: number,
    message: string,
    public readonly column?: number,
  ) {
    super(message);
    this.name = 'NotUtf8Error';
  }
}

/**
 * The text (a UTF-8 BOM is dropped); throws NotUtf8Error naming the first place that is not UTF-8. `saveAs` ends
 * the message: how to save this kind of file as UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array, saveAs: string): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
      ? 'starts with a UTF-16 byte-order mark'
      : bytes.includes(0)
        ? 'contains NUL bytes'
        : undefined;
  if (utf16) throw new NotUtf8Error(1, `the file is UTF-16, not UTF-8 (it ${utf16}); ${saveAs}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    // Everything before the bad byte is valid UTF-8, so its lines and characters can be counted.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).replace(/^\uFEFF/, '');
    const lines = before.split(/\r\n|\n|\r/);
    throw new NotUtf8Error(
      lines.length,
      `byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} is not UTF-8: the file is in another encoding (Windows-1256, Latin-1…); ${saveAs}`,
      [...lines[lines.length - 1]!].length + 1,
    );
  }
}
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const [n, lo, hi] =
      c < 0x80
        ? [0, 0, 0]
        : c >= 0xc2 && c <= 0xdf
          ? [1, 0x80, 0xbf]
          : c === 0xe0
            ? [2, 0xa0, 0xbf]
            : c === 0xed
              ? [2, 0x80, 0x9f]
              : c >= 0xe1 && c <= 0xef
                ? [2, 0x80, 0xbf]
                : c === 0xf0
                  ? [3, 0x90, 0xbf]
                  : c === 0xf4
                    ? [3, 0x80, 0x8f]
                    : c >= 0xf1 && c <= 0xf3
                      ? [3, 0x80, 0xbf]
                      : [-1, 0, 0];
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (d === undefined || d < min || d > max) return i;
    }
    i += n + 1;
  }
  return b.length;
}
