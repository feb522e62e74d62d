// Entity resolution for imports: a row's person or organisation is matched by id, then by any normalised name
// or alias in either script (case, diacritics, أ/إ/آ/ا, ى/ي, ة/ه, tatweel); new spellings become aliases.
import crypto from 'node:crypto';
import { normalizeName } from '../model/normalize.js';

export type ResolvableLabel = 'Person' | 'Organization';

export interface Entity {
  id: string;
  label: ResolvableLabel;
  name?: string;
  nameAr?: string;
  aliases: string[];
  kind?: string;
  /** Where it was first seen: already in the database, or created by this import. */
  origin: 'database' | 'import';
  /** Changed by this import (needs writing). */
  dirty: boolean;
}

export interface NameInput {
  id?: string;
  name?: string;
  nameAr?: string;
  aliases: string[];
}

export type Resolution =
  | { kind: 'none' }
  | { kind: 'created'; entity: Entity }
  /** `added`: the row's spellings new to the entity, kept as its name or aliases. */
  | { kind: 'matched'; entity: Entity; by: 'id' | 'name'; key?: string; spelling?: string; added: string[] }
  | { kind: 'ambiguous'; candidates: Entity[]; spelling: string }
  /** An id nobody has, with no name to describe the new entity it would create (often a typo). */
  | { kind: 'unknown-id'; id: string }
  /** A new id whose name is another entity's: creating it would duplicate that entity. */
  | { kind: 'id-conflict'; id: string; candidates: Entity[]; spelling: string };

const ID_PREFIX: Record<ResolvableLabel, string> = { Person: 'person', Organization: 'org' };

/** `person:sam-altman` from a Latin name; a hash-based id when the name has no Latin letters. */
export function slugId(label: ResolvableLabel, name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const tail =
    slug.length >= 2
      ? slug
      : `csv-${crypto.createHash('sha1').update(normalizeName(name)).digest('hex').slice(0, 10)}`;
  return `${ID_PREFIX[label]}:${tail}`;
}

export function entityNames(e: Pick<Entity, 'name' | 'nameAr' | 'aliases'>): string[] {
  return [e.name, e.nameAr, ...e.aliases].filter(
    (x): x is string => typeof x === 'string' && x.trim() !== '',
  );
}

export class EntityIndex {
  private readonly byIdMap = new Map<string, Entity>();
  private readonly byKey = new Map<string, Set<string>>();

  constructor(public readonly label: ResolvableLabel) {}

  add(e: Entity): void {
    this.byIdMap.set(e.id, e);
    this.indexNames(e);
  }

  all(): IterableIterator<Entity> {
    return this.byIdMap.values();
  }

  get(id: string): Entity | undefined {
    return this.byIdMap.get(id);
  }

  private indexNames(e: Entity): void {
    for (const n of entityNames(e)) {
      const k = normalizeName(n);
      if (!k) continue;
      if (!this.byKey.has(k)) this.byKey.set(k, new Set());
      this.byKey.get(k)!.add(e.id);
    }
  }

  /** Entities any of these spellings matches, with the first spelling and key that matched each. */
  private candidates(spellings: string[]): Map<string, { key: string; spelling: string }> {
    const found = new Map<string, { key: string; spelling: string }>();
    for (const s of spellings) {
      const k = normalizeName(s);
      for (const id of this.byKey.get(k) ?? []) if (!found.has(id)) found.set(id, { key: k, spelling: s });
    }
    return found;
  }

  /** Resolves (and records) one row's entity; new names of a matched entity are merged into it. */
  resolve(input: NameInput): Resolution {
    const spellings = [input.name, input.nameAr, ...input.aliases].filter(
      (x): x is string => typeof x === 'string' && x.trim() !== '',
    );
    if (!input.id && spellings.length === 0) return { kind: 'none' };
    if (input.id) {
      const existing = this.byIdMap.get(input.id);
      if (existing) {
        const added = this.absorb(existing, input);
        return { kind: 'matched', entity: existing, by: 'id', added };
      }
      // A new id is only a new entity if its names are new too (docs/import.md: by id, then by name).
      if (spellings.length === 0) return { kind: 'unknown-id', id: input.id };
      const named = this.candidates(spellings);
      if (named.size > 0)
        return {
          kind: 'id-conflict',
          id: input.id,
          candidates: [...named.keys()].map((id) => this.byIdMap.get(id)!),
          spelling: [...named.values()][0]!.spelling,
        };
      return { kind: 'created', entity: this.create(input.id, input) };
    }
    const found = this.candidates(spellings);
    if (found.size > 1)
      return {
        kind: 'ambiguous',
        candidates: [...found.keys()].map((id) => this.byIdMap.get(id)!),
        spelling: spellings[0]!,
      };
    if (found.size === 1) {
      const [id, how] = [...found.entries()][0]!;
      const entity = this.byIdMap.get(id)!;
      const added = this.absorb(entity, input);
      return { kind: 'matched', entity, by: 'name', key: how.key, spelling: how.spelling, added };
    }
    let id = slugId(this.label, input.name ?? input.nameAr ?? spellings[0]!);
    for (let n = 2; this.byIdMap.has(id); n++)
      id = `${slugId(this.label, input.name ?? input.nameAr ?? spellings[0]!)}-${n}`;
    return { kind: 'created', entity: this.create(id, input) };
  }

  private create(id: string, input: NameInput): Entity {
    const e: Entity = {
      id,
      label: this.label,
      name: input.name,
      nameAr: input.nameAr,
      aliases: [],
      origin: 'import',
      dirty: true,
    };
    this.absorb(e, { ...input, name: undefined, nameAr: undefined });
    this.add(e);
    return e;
  }

  /**
   * Fills a missing name/nameAr from the row and keeps every other new spelling as an alias; returns the spellings new
   * to the entity (a name it lacked or an alias).
   */
  private absorb(e: Entity, input: NameInput): string[] {
    const known = new Set(entityNames(e).map(normalizeName));
    const added: string[] = [];
    const addAlias = (s: string | undefined) => {
      if (!s || known.has(normalizeName(s))) return;
      e.aliases.push(s);
      known.add(normalizeName(s));
      added.push(s);
      e.dirty = true;
    };
    if (input.name && !e.name) {
      e.name = input.name;
      known.add(normalizeName(input.name));
      added.push(input.name);
      e.dirty = true;
    } else addAlias(input.name);
    if (input.nameAr && !e.nameAr) {
      e.nameAr = input.nameAr;
      known.add(normalizeName(input.nameAr));
      added.push(input.nameAr);
      e.dirty = true;
    } else addAlias(input.nameAr);
    input.aliases.forEach(addAlias);
    this.indexNames(e);
    return added;
  }
}
