// @vitest-environment jsdom
// Every file export names the sources of the facts it holds in full — publisher, title, date, link — not only by id,
// so a file shared on its own can be traced: the JSON a `sources` list, GraphML and GEXF each fact's sources' details
// beside its ids, the CSV a third file of the sources. Made-up sources.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../../client/graph/export-gexf.js';
import { toJson, type ExportGraph } from '../../../../client/graph/exports.js';
import { toGraphML } from '../../../../client/graph/export-graphml.js';
import { sourcesCsv, type ExportSource } from '../../../../client/graph/export-sources.js';
import { parseCsv } from '../../../../seed/csv.js';
import { edge, node } from '../fixtures.js';

const ALPHA: ExportSource = {
  id: 'source:alpha',
  publisher: 'Alpha Daily',
  publisherAr: 'ألفا اليومية',
  published: '2025-01-02',
  title: '=Who left, and where to',
  url: 'https://example.org/a?x=1,2',
};
/** A source whose details could not be read: named by its id only. */
const BETA: ExportSource = { id: 'source:beta' };

const data = (): ExportGraph => ({
  nodes: [node('person:a', 'Person', { name: 'A' }), node('org:b', 'Organization', { name: 'B' })],
  edges: [
    edge('fact:1', 'WORKED_AT', 'person:a', 'org:b', { sources: ['source:alpha'] }),
    edge('fact:2', 'WORKED_AT', 'person:a', 'org:b', { sources: ['source:alpha', 'source:beta'] }),
  ],
  sources: [ALPHA, BETA],
});

describe('the sources of a file export', () => {
  it('lists them in the JSON beside the graph', () => {
    const json = JSON.parse(toJson(data())) as { sources: ExportSource[]; edges: unknown[] };
    expect(json.sources).toEqual([ALPHA, BETA]);
    expect(json.edges).toHaveLength(2);
  });

  it('gives each GraphML fact its sources’ details as JSON text, beside the ids', () => {
    const doc = new DOMParser().parseFromString(toGraphML(data()), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const key = [...doc.getElementsByTagName('key')].find(
      (k) => k.getAttribute('attr.name') === 'sourceDetails',
    )!;
    expect(key.getAttribute('for')).toBe('edge');
    const details = [...doc.getElementsByTagName('edge')].map((e) =>
      JSON.parse(
        [...e.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key.getAttribute('id'))!
          .textContent!,
      ),
    );
    expect(details).toEqual([[ALPHA], [ALPHA, BETA]]);
  });

  it('gives each GEXF fact its sources’ details as JSON text', () => {
    const g = parseGexf(Graph, toGexf(data()));
    expect(g.mapEdges((_k, a) => JSON.parse(a.sourceDetails as string))).toEqual([[ALPHA], [ALPHA, BETA]]);
  });

  it('writes a CSV of the sources, guarded and quoted as the other CSVs', () => {
    const text = sourcesCsv(data().sources!);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [head, ...rows] = parseCsv(text).map((r) => r.fields);
    expect(head).toEqual([
      'id',
      'publisher',
      'publisherAr',
      'published',
      'title',
      'titleEn',
      'language',
      'url',
      'citedBy',
    ]);
    expect(rows[0]).toEqual([
      'source:alpha',
      'Alpha Daily',
      'ألفا اليومية',
      '2025-01-02',
      "'=Who left, and where to",
      '',
      '',
      'https://example.org/a?x=1,2',
      '',
    ]);
    expect(rows[1]![0]).toBe('source:beta');
  });

  it('writes the files as before when no sources are given', () => {
    const { sources: _s, ...bare } = data();
    expect(toGraphML(bare)).not.toContain('sourceDetails');
    expect(toGexf(bare)).not.toContain('sourceDetails');
    expect(JSON.parse(toJson(bare))).not.toHaveProperty('sources');
  });
});
