// Node and relationship ids in a link: which a link can carry, and how a list of them is written and read back.
// Apart from url-encode.ts and url-decode.ts because both need the same rule.
import { MAX_ID_LENGTH } from '../../model/api-params.js';

/** The longest id a link carries: the longest the API takes (ours are slugs of a few dozen characters). */
export const MAX_LINK_ID_LENGTH = MAX_ID_LENGTH;

/**
 * Whether a link may carry this id: any non-empty id up to MAX_LINK_ID_LENGTH characters without control characters,
 * the API's own rule for an id (model/api-params.ts). Not only our prefixes: the server keeps a relationship's own id
 * between our nodes whatever it is (a stint written by hand, 'hand:1', 'stint-5', '1'), and a link refusing it would
 * reopen another scene. Nothing needs more: an id from a link is only compared to the scene's, sent as a parameter or
 * percent-encoded in a path, and shown as text, never as markup or an address.
 */
export function isLinkId(id: string): boolean {
  // eslint-disable-next-line no-control-regex
  return id.length > 0 && id.length <= MAX_LINK_ID_LENGTH && !/[\u0000-\u001f\u007f]/.test(id);
}

/**
 * A list of ids for one link parameter: space-separated, each with its spaces and '%' percent-encoded (a lone '-',
 * which says "none", as %2D), so an id with a space travels whole. Our ids (and every id a link held before) have
 * neither, so they read as they always did and the link grows by nothing. An id the reader would refuse (isLinkId)
 * is not written.
 */
export function encodeIds(ids: readonly string[]): string {
  return ids
    .filter(isLinkId)
    .map((id) => (id === '-' ? '%2D' : id.replace(/[%\s]/g, encodeURIComponent)))
    .join(' ');
}

/**
 * The ids of encodeIds, each once, in order, and how many were left out: an id that cannot be read (a broken escape)
 * or is no id (isLinkId) drops alone, the rest of its list is kept.
 */
export function readIds(text: string): { ids: string[]; dropped: number } {
  const ids = new Set<string>();
  let dropped = 0;
  for (const part of text.split(' ').filter(Boolean)) {
    const id = decodePart(part);
    if (id !== null && isLinkId(id)) ids.add(id);
    else dropped += 1;
  }
  return { ids: [...ids], dropped };
}

/** The ids of encodeIds as readIds reads them, or null when one is left out: for a list read by position. */
export function decodeIds(text: string): string[] | null {
  const { ids, dropped } = readIds(text);
  return dropped ? null : ids;
}

function decodePart(part: string): string | null {
  if (!part.includes('%')) return part;
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
