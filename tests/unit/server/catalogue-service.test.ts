// The live catalogue check behind label and type filters: names the database has pass, unknown ones are a 400
// naming each, and a name created after the catalogue was cached is found by reading it again before refusing.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/errors.js';
import type { Catalogue } from '../../../server/repositories/catalogue-repository.js';
import { createCatalogueService } from '../../../server/services/catalogue-service.js';

function fakeRepo(initial: Catalogue) {
  const state = { catalogue: initial, reads: 0 };
  return {
    state,
    repo: {
      read: async () => {
        state.reads += 1;
        return { labels: [...state.catalogue.labels], types: [...state.catalogue.types] };
      },
    },
  };
}

describe('catalogue service', () => {
  it('passes names the database has and refuses the others by name, with the parameter', async () => {
    const { repo } = fakeRepo({ labels: ['Book', 'Author'], types: ['WROTE'] });
    const cat = createCatalogueService(repo);
    await expect(cat.requireLabels(['Book'], 'query.labels')).resolves.toBeUndefined();
    await expect(cat.requireTypes(['WROTE', 'READS', 'LIKES'], 'query.types')).rejects.toSatisfy(
      (e: AppError) =>
        e.status === 400 &&
        e.code === 'BAD_REQUEST' &&
        e.message.includes("'READS', 'LIKES'") &&
        !e.message.includes("'WROTE'") &&
        e.message.includes('query.types'),
    );
  });

  it('reuses the catalogue for known names, and reads it again before refusing one', async () => {
    let now = 0;
    const { repo, state } = fakeRepo({ labels: ['Book'], types: [] });
    const cat = createCatalogueService(repo, { cacheMs: 5_000, now: () => now });
    await cat.requireLabels(['Book'], 'query.labels');
    await cat.requireLabels(['Book'], 'query.labels');
    expect(state.reads).toBe(1);
    // A label created a moment ago: the cached catalogue lacks it, a fresh read has it.
    state.catalogue = { labels: ['Book', 'Magazine'], types: [] };
    now = 1_000;
    await expect(cat.requireLabels(['Magazine'], 'query.labels')).resolves.toBeUndefined();
    expect(state.reads).toBe(2);
    await expect(cat.requireLabels(['Comic'], 'query.labels')).rejects.toThrow(/'Comic'/);
  });
});
