import { describe, expect, it } from 'vitest';
import { EntityIndex, slugId } from '../../../seed/resolve.js';

// Names from the bundled article (seed/sources/rosa-2025-08-29-musk-meta-talent.facts.yaml).
function graph() {
  const index = new EntityIndex('Person');
  index.add({
    id: 'person:sam-altman',
    label: 'Person',
    name: 'Sam Altman',
    nameAr: 'سام ألتمان',
    aliases: ['Altman', 'ألتمان'],
    origin: 'database',
    dirty: false,
  });
  index.add({
    id: 'person:jack-altman',
    label: 'Person',
    name: 'Jack Altman',
    nameAr: 'جاك',
    aliases: ['جاك ألتمان'],
    origin: 'database',
    dirty: false,
  });
  return index;
}

describe('EntityIndex.resolve', () => {
  it('matches by id first', () => {
    const r = graph().resolve({ id: 'person:jack-altman', name: 'Sam Altman', aliases: [] });
    expect(r).toMatchObject({ kind: 'matched', by: 'id', entity: { id: 'person:jack-altman' } });
  });

  it('matches an Arabic spelling without hamza, and an upper-case English one', () => {
    expect(graph().resolve({ nameAr: 'سام التمان', aliases: [] })).toMatchObject({
      kind: 'matched',
      by: 'name',
      key: 'سام التمان',
      entity: { id: 'person:sam-altman' },
    });
    expect(graph().resolve({ name: 'SAM ALTMAN', aliases: [] })).toMatchObject({
      kind: 'matched',
      entity: { id: 'person:sam-altman' },
    });
  });

  it('keeps new spellings of a matched person as aliases, once', () => {
    const index = graph();
    const r = index.resolve({ name: 'Sam Altman', aliases: ['S. Altman', 'سام ألتمان'] });
    expect(r.kind === 'matched' && r.entity.aliases).toEqual(['Altman', 'ألتمان', 'S. Altman']);
    expect(r.kind === 'matched' && r.entity.dirty).toBe(true);
  });

  it('refuses a spelling that matches two people', () => {
    const index = graph();
    index.add({
      id: 'person:other',
      label: 'Person',
      name: 'Altman',
      aliases: [],
      origin: 'database',
      dirty: false,
    });
    const r = index.resolve({ name: 'Altman', aliases: [] });
    expect(r.kind).toBe('ambiguous');
    expect(r.kind === 'ambiguous' && r.candidates.map((c) => c.id).sort()).toEqual([
      'person:other',
      'person:sam-altman',
    ]);
  });

  it('creates a new person with a free slug id', () => {
    const index = graph();
    index.add({
      id: 'person:ali-hassan',
      label: 'Person',
      name: 'Ali Hasan',
      aliases: [],
      origin: 'database',
      dirty: false,
    });
    expect(index.resolve({ name: 'Ali Hassan', aliases: [] })).toMatchObject({
      kind: 'created',
      entity: { id: 'person:ali-hassan-2' },
    });
    expect(index.resolve({ nameAr: 'علي', aliases: [] })).toMatchObject({
      kind: 'created',
      entity: { id: expect.stringMatching(/^person:csv-[0-9a-f]{10}$/) },
    });
  });
});

describe('EntityIndex.resolve with an id the graph does not have', () => {
  it('refuses an unknown id that comes with no name instead of creating a nameless person', () => {
    expect(graph().resolve({ id: 'person:sam-altmann', aliases: [] })).toEqual({
      kind: 'unknown-id',
      id: 'person:sam-altmann',
    });
  });

  it('refuses a new id whose name is an existing person’s instead of creating a duplicate', () => {
    const r = graph().resolve({ id: 'person:s-altman', nameAr: 'سام التمان', aliases: [] });
    expect(r).toMatchObject({ kind: 'id-conflict', id: 'person:s-altman', spelling: 'سام التمان' });
    expect(r.kind === 'id-conflict' && r.candidates.map((c) => c.id)).toEqual(['person:sam-altman']);
  });

  it('creates a person under a new id when the name is new too', () => {
    const index = graph();
    expect(index.resolve({ id: 'person:new-one', name: 'New One', aliases: [] })).toMatchObject({
      kind: 'created',
      entity: { id: 'person:new-one', name: 'New One' },
    });
    expect(index.resolve({ id: 'person:new-one', aliases: [] })).toMatchObject({ kind: 'matched', by: 'id' });
  });
});

describe('slugId', () => {
  it('folds accents and punctuation', () => {
    expect(slugId('Organization', 'Zoë Café & Co.')).toBe('org:zoe-cafe-co');
  });
});
