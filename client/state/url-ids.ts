// Node and relationship ids in a link: which a link can carry, and how a list of them is written and read back.
// Apart from url-encode.ts and url-decode.ts because both need the same rule.
import { MAX_ID_LENGTH } from '../../model/api-params.js';
import { labelOfId } from '../../model/data-model.js';
import { ELEMENT_ID_PREFIX } from '../../model/view-queries.js';
import { IMPLIED_SUFFIX, REPORTED_SUFFIX } from './flows.js';

/** The longest id a link carries: the longest the API takes (ours are slugs of a few dozen characters). */
export const MAX_LINK_ID_LENGTH = MAX_ID_LENGTH;

/** A flow's part the views draw apart (flows.ts): a flow's id, then at most one of these. */
const FLOW_PART = new RegExp(`^flow:[^#]+(${[IMPLIED_SUFFIX, REPORTED_SUFFIX].join('|')})?$`);

/**
 * Whether a link may carry this id: any id the API gives an element — one of ours by its prefix (`person:`, `org:`…
 * then anything: "person:josé", an imported "org:Acme, Inc."), a fact's or flow's (`fact:`, `flow:`, a flow's drawn
 * part `#implied` or `#reported`), or a fallback id (`neo4j:` and an elementId, for a foreign graph's elements
 * whatever their own ids) — up to MAX_LINK_ID_LENGTH characters and without control characters. Nothing else names
 * an element, so a hand-edited "<script>" or "javascript:…" is refused as no id (and any id is only ever
 * rendered as text, sent as a parameter or percent-encoded in a path).
 */
export function isLinkId(id: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (id.length > MAX_LINK_ID_LENGTH || /[\u0000-\u001f\u007f]/.test(id)) return false;
  const colon = id.indexOf(':');
  if (colon < 0 || colon === id.length - 1) return false;
  const prefix = id.slice(0, colon + 1);
  if (prefix === 'flow:') return FLOW_PART.test(id);
  return prefix === 'fact:' || prefix === ELEMENT_ID_PREFIX || labelOfId(id) !== undefined;
}

/**
 * A list of ids for one link parameter: space-separated, each with its spaces and '%' percent-encoded (a lone '-',
 * which says "none", as %2D), so an id with a space travels whole. Our ids (and every id a link held before) have
 * neither, so they read as they always did and the link grows by nothing.
 */
export function encodeIds(ids: readonly string[]): string {
  return ids.map((id) => (id === '-' ? '%2D' : id.replace(/[%\s]/g, encodeURIComponent))).join(' ');
}

/** The ids of encodeIds, each once, in order; null when one cannot be read or is no id (isLinkId). */
export function decodeIds(text: string): string[] | null {
  const out: string[] = [];
  for (const part of text.split(' ').filter(Boolean)) {
    let id = part;
    if (part.includes('%')) {
      try {
        id = decodeURIComponent(part);
      } catch {
        return null;
      }
    }
    if (!isLinkId(id)) return null;
    out.push(id);
  }
  return [...new Set(out)];
}
