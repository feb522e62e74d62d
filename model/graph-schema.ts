// The graph shape every API answer shares, as zod schemas: GraphNode, GraphEdge and Graph in the OpenAPI document.
// model/graph.ts's types are their z.output, so the server, the client and the contract test share one definition.
import { z } from 'zod';
import { JsonValueSchema } from './api.js';

const Properties = z.record(z.string(), JsonValueSchema);

/**
 * What an element's plain-JSON properties cannot show of their Cypher type, as a Cypher answer's row `types` say it:
 * JSON Pointer into `properties` (`/born`, `/dates/0`) → Query API type name. Optional and left out when every value
 * shows its type (an answer of an older server has none: numbers then read as Integers, strings as Strings).
 */
const PropertyTypes = z.record(z.string(), z.string()).optional().meta({
  description:
    'JSON Pointer into properties (/born, /dates/0) → Query API type name, for what plain JSON cannot show: every Float (3.0 is written 3), Integers written as strings, Date, Time, LocalTime, DateTime, OffsetDateTime, LocalDateTime, Duration, Point, Base64. Left out when there is none.',
});

export const GraphNodeSchema = z
  .object({ id: z.string(), labels: z.array(z.string()), properties: Properties, types: PropertyTypes })
  .meta({
    id: 'GraphNode',
    description:
      'A node: its stable id (the `id` property, or neo4j:<elementId>), labels and plain-JSON properties.',
  });
export const GraphEdgeSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    source: z.string(),
    target: z.string(),
    properties: Properties,
    types: PropertyTypes,
  })
  .meta({
    id: 'GraphEdge',
    description:
      'A relationship: stable id, type, the ids of its start (source) and end (target) nodes, properties.',
  });
export const GraphDataSchema = z
  .object({ nodes: z.array(GraphNodeSchema), edges: z.array(GraphEdgeSchema) })
  .meta({
    id: 'Graph',
    description:
      'Nodes and edges, each once; every edge’s source and target are among the nodes. Graphs leave out the index-only node properties searchText and aliasesText, the records of what CSV imports added (importedName, importedNameAr, importedKind, importedAliases: their values are shown in name, nameAr, kind and aliases), a Source’s fullText (GET /api/sources/:id serves it), and the people and factIds lists of TALENT_FLOW edges (GET /api/flows lists a flow’s people).',
  });
