// The seeded story's question — the explorer's first screen on our data. Shared by the client's gallery (it opens
// the app with it) and the server's warm-up (it runs it before saying "ready", so the first page is never the one
// that finds Neo4j cold).
import type { JsonValue } from './graph.js';

export interface StoryQuery {
  id: string;
  title: { en: string; ar: string };
  query: string;
  params: Record<string, JsonValue>;
  view: 'graph';
}

export const STORY_QUERY: StoryQuery = {
  id: 'left-meta',
  title: { en: 'Who left Meta, and where did they go?', ar: 'من غادر Meta، وإلى أين ذهب؟' },
  view: 'graph',
  params: { org: 'org:meta' },
  query: `// Who left Meta, and where did they go?
MATCH (meta:Organization {id: $org})
MATCH (p:Person)-[left:WORKED_AT]->(meta)
WHERE left.end IS NOT NULL OR left.left = true
OPTIONAL MATCH (p)-[next:WORKED_AT]->(dest:Organization)
WHERE dest <> meta
OPTIONAL MATCH (meta)-[from:PARTICIPATED_IN]->(wave:Event {kind: 'departures'})
OPTIONAL MATCH (wave)<-[to:PARTICIPATED_IN {role: 'to'}]-(rival:Organization)
RETURN p, left, meta, next, dest, from, wave, to, rival`,
};
