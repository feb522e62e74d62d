import { describe, expect, it } from 'vitest';
import { describeDataModel } from '../../../model/data-model-doc.js';

describe('describeDataModel', () => {
  it('lists every label, type, constraint and the entity_search index as plain JSON', () => {
    const m = JSON.parse(JSON.stringify(describeDataModel()));
    expect(m.labels.map((l: { label: string }) => l.label)).toEqual([
      'Person',
      'Organization',
      'Product',
      'Event',
      'Source',
    ]);
    expect(m.relationships.find((r: { type: string }) => r.type === 'TALENT_FLOW')).toMatchObject({
      derived: true,
      from: ['Organization'],
    });
    expect(m.constraints).toContainEqual({
      name: 'person_id_unique',
      kind: 'uniqueness',
      on: '(:Person)',
      property: 'id',
    });
    expect(m.indexes[0]).toEqual({
      name: 'entity_search',
      kind: 'fulltext',
      labels: ['Person', 'Organization', 'Product', 'Event', 'Source'],
      properties: ['name', 'nameAr', 'aliasesText', 'searchText'],
      analyzer: 'standard-no-stop-words',
    });
  });
});
