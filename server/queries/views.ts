// Queries behind POST /api/views/:name: the named views the explorer opens by itself. Their text lives in
// model/view-queries.ts because the client shows the very same text in its editor (what runs is what is shown).
//
// story — parameters $org (organisation id); columns p, left, meta, next, dest, from, wave, to, rival.
// overview — parameters $perLabel, $relsPerNode (integers); columns n, relationships, neighbours.
// node-set — parameters $ids (application ids), $elementIds (element ids), $notFacts (relationship types left out:
//            the internal ones, and the derived ones unless the request asks for them); columns n, r, m.
export { viewQuery } from '../../model/view-queries.js';
