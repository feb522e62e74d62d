// Where the Cypher editor asks for completions again once the schema arrives: right after a trigger and its name.
import { describe, expect, it } from 'vitest';
import { endsInTriggeredName } from '../../../../client/ui/cypher-completion-refresh.js';

describe('endsInTriggeredName', () => {
  it('is true in a label, a property or a parameter being typed', () => {
    expect(endsInTriggeredName('MATCH (n:Organiz')).toBe(true);
    expect(endsInTriggeredName('MATCH (n:')).toBe(true);
    expect(endsInTriggeredName('RETURN n.na')).toBe(true);
    expect(endsInTriggeredName('WHERE n.id = $or')).toBe(true);
    expect(endsInTriggeredName('MATCH (n:شركة')).toBe(true);
  });

  it('is false once the name has ended or where no trigger leads it', () => {
    expect(endsInTriggeredName('MATCH (n:Organization)')).toBe(false);
    expect(endsInTriggeredName('MATCH (n:Organization ')).toBe(false);
    expect(endsInTriggeredName('MATCH (n')).toBe(false);
    expect(endsInTriggeredName('')).toBe(false);
  });
});
