// client/state/overview.ts: the first screen's decision that a database is not ours, and what the overview lists, on
// made-up schema answers. A graph whose nodes have no label (CREATE ({name: 'u1'})-[:LINK]->({name: 'u2'})) has nodes
// but no label to count: it was taken for an empty database, and its first screen was an empty canvas.
import { describe, expect, it } from 'vitest';
import { isForeignDatabase, overviewCounts } from '../../../../client/state/overview.js';
import { emptySchema } from '../answers.js';

const link = {
  type: 'LINK',
  count: 1,
  description: null,
  derived: false,
  from: [null],
  to: ['Thing', null],
  properties: [],
};

describe('isForeignDatabase', () => {
  it('counts nodes, not labels: a graph with nodes and no label is foreign', () => {
    expect(isForeignDatabase(emptySchema({ labels: [], nodes: 3 }))).toBe(true);
    expect(
      isForeignDatabase(
        emptySchema({ labels: [{ label: null, count: 3, description: null, properties: [] }] }),
      ),
    ).toBe(true);
  });

  it('is not foreign when empty, when it holds our sourced facts, or before the schema is known', () => {
    expect(isForeignDatabase(emptySchema({ labels: [], nodes: 0 }))).toBe(false);
    expect(
      isForeignDatabase(
        emptySchema({ labels: [{ label: 'Book', count: 0, description: null, properties: [] }], nodes: 0 }),
      ),
    ).toBe(false);
    expect(isForeignDatabase(emptySchema({ nodes: 3, sourcedFacts: true }))).toBe(false);
    expect(isForeignDatabase(null)).toBe(false);
  });
});

describe('overviewCounts', () => {
  it('lists the nodes without a label as the entry null, and a type’s unlabelled ends as null', () => {
    const counts = overviewCounts(
      emptySchema({
        labels: [
          { label: 'Thing', count: 2, description: null, properties: [] },
          { label: null, count: 3, description: null, properties: [] },
        ],
        relationshipTypes: [link],
      }),
    );
    expect(counts).toEqual({
      labels: [
        { label: 'Thing', count: 2 },
        { label: null, count: 3 },
      ],
      types: [{ type: 'LINK', count: 1, from: [null], to: ['Thing', null] }],
    });
  });
});
