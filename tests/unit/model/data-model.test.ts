// Which label an application id names: the part before its first colon, and nothing for an id without one (the
// server's Cypher tells our nodes from foreign ones by the same rule, server/queries/nodes.ts).
import { describe, expect, it } from 'vitest';
import { labelOfId } from '../../../model/data-model.js';

describe('labelOfId', () => {
  it('names the label of the prefix before the first colon', () => {
    expect(labelOfId('org:meta')).toBe('Organization');
    expect(labelOfId('person:elon-musk')).toBe('Person');
    expect(labelOfId('source:a:b')).toBe('Source');
    expect(labelOfId('person:')).toBe('Person');
  });

  it('names no label for an unknown prefix or an id without a colon', () => {
    expect(labelOfId('movie:matrix')).toBeUndefined();
    expect(labelOfId(':meta')).toBeUndefined();
    // Without a colon nothing is a prefix: not "org" out of "orgs", nor "person" out of "personx".
    expect(labelOfId('orgs')).toBeUndefined();
    expect(labelOfId('personx')).toBeUndefined();
    expect(labelOfId('')).toBeUndefined();
  });
});
