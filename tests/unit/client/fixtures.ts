// A small hand-made graph in the shape the API returns, modelled on the article's facts (Rose al-Youssef,
// 2025-08-29): people who left Meta for xAI, the departures report, and one implied fact. Dates marked "fixture"
// are invented for the tests and appear in no seed file.
import type { GraphData, GraphEdge, GraphNode } from '../../../model/graph.js';

export const SOURCE_ID = 'source:rosa-2025-08-29-musk-meta-talent';

export const node = (id: string, label: string, properties: Record<string, unknown> = {}): GraphNode => ({
  id,
  labels: [label],
  properties: { id, ...properties } as GraphNode['properties'],
});

export const edge = (
  id: string,
  type: string,
  source: string,
  target: string,
  properties: Record<string, unknown> = {},
): GraphEdge => ({
  id,
  type,
  source,
  target,
  properties: { id, certainty: 'stated', sources: [SOURCE_ID], ...properties } as GraphEdge['properties'],
});

/**
 * A relationship as one written by hand through Cypher looks: no certainty, no source (test data, no fact of the
 * article). Every view must call it unsourced, never stated.
 */
export const handWritten = (
  id: string,
  type: string,
  source: string,
  target: string,
  properties: Record<string, unknown> = {},
): GraphEdge => ({ id, type, source, target, properties: properties as GraphEdge['properties'] });

/**
 * A made-up talent flow Alpha → Beta: one stated and two implied named moves, and a stated report of "at least 5"
 * (no fact of the article); `extra` adds or replaces properties.
 */
export const mixedFlow = (extra: Record<string, unknown> = {}): GraphEdge =>
  edge('flow:org:alpha->org:beta', 'TALENT_FLOW', 'org:alpha', 'org:beta', {
    count: 3,
    statedCount: 1,
    impliedCount: 2,
    reportedCount: 5,
    reportedQualifier: 'at least',
    reports: 1,
    reportCertainty: 'stated',
    ...extra,
  });

export function articleGraph(): GraphData {
  return {
    nodes: [
      node('person:xinlei-chen', 'Person', { name: 'Xinlei Chen' }),
      node('person:elon-musk', 'Person', { name: 'Elon Musk', nameAr: 'إيلون ماسك' }),
      node('org:meta', 'Organization', { name: 'Meta', nameAr: 'ميتا', kind: 'company' }),
      node('org:xai', 'Organization', { name: 'xAI', kind: 'company' }),
      node('org:fair', 'Organization', { name: 'FAIR', kind: 'lab' }),
      node('event:meta-to-xai-departures-2025', 'Event', {
        name: 'At least 14 leave Meta for xAI',
        kind: 'departures',
        since: '2025-01',
        count: 14,
      }),
      node('event:musk-lawsuit-altman-openai-2024', 'Event', {
        name: 'Musk sues Altman and OpenAI',
        kind: 'lawsuit',
        date: '2024',
      }),
      node(SOURCE_ID, 'Source', {
        publisher: 'Rose al-Youssef',
        publisherAr: 'بوابة روزا اليوسف',
        published: '2025-08-29',
        language: 'ar',
      }),
    ],
    edges: [
      edge('fact:xinlei-chen-left-meta', 'WORKED_AT', 'person:xinlei-chen', 'org:meta', {
        role: 'research scientist',
        left: true,
        evidence: 'Xinlei Chen، وهو عالم أبحاث',
        evidenceEn: 'Xinlei Chen, a research scientist',
      }),
      edge('fact:xinlei-chen-left-fair', 'WORKED_AT', 'person:xinlei-chen', 'org:fair', { left: true }),
      edge('fact:xinlei-chen-joined-xai', 'WORKED_AT', 'person:xinlei-chen', 'org:xai', {
        start: '2025-03',
        certainty: 'implied',
      }),
      edge('fact:musk-xai', 'WORKED_AT', 'person:elon-musk', 'org:xai', { role: 'founder' }),
      edge('fact:meta-departures-from', 'PARTICIPATED_IN', 'org:meta', 'event:meta-to-xai-departures-2025', {
        role: 'from',
      }),
      edge('fact:xai-departures-to', 'PARTICIPATED_IN', 'org:xai', 'event:meta-to-xai-departures-2025', {
        role: 'to',
      }),
      edge(
        'fact:musk-lawsuit',
        'PARTICIPATED_IN',
        'person:elon-musk',
        'event:musk-lawsuit-altman-openai-2024',
        { role: 'plaintiff' },
      ),
      edge('fact:lawsuit-reported', 'REPORTED_BY', 'event:musk-lawsuit-altman-openai-2024', SOURCE_ID),
    ],
  };
}
