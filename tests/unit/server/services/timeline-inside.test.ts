// The timeline titles a move within one organisation (a promotion; FAIR, part of Meta, left for Meta) as a role taken
// up or ended, not a join or a departure: the dashboard counts no hire or departure for it, and "Pat joins Meta" of
// someone who has been there for years says what no source says. Made-up stints, shaped as the repository returns
// them: Pat at Meta as Researcher 2018–2023-01, then Director from 2023-02; Sam at FAIR (part of Meta by a stated
// PART_OF) until 2024-05, then at Meta from 2024-06; Kim at Alpha until 2020-01, then at Meta from 2020-03.
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../../model/graph.js';
import type {
  PersonStint,
  TimelineRepository,
  TimelineRow,
} from '../../../../server/repositories/timeline-repository.js';
import { createTimelineService } from '../../../../server/services/timeline-service.js';

const node = (id: string, name: string, nameAr: string, label = 'Organization'): GraphNode => ({
  id,
  labels: [label],
  properties: { name, nameAr },
});
const META = node('org:meta', 'Meta', 'ميتا');
const FAIR = node('org:fair', 'FAIR', 'فير');
const ALPHA = node('org:alpha', 'Alpha', 'ألفا');

function fact(
  person: GraphNode,
  id: string,
  at: GraphNode,
  props: Record<string, string>,
  parents: string[] = [],
): PersonStint {
  return {
    edge: {
      id,
      type: 'WORKED_AT',
      source: person.id,
      target: at.id,
      properties: { ...props, certainty: 'stated', sources: ['source:s'] },
    },
    org: at,
    orgParents: parents,
  };
}

/** The start and end rows of a person's facts, each carrying all of them (the query's personStints). */
function rowsOf(person: GraphNode, facts: PersonStint[]): TimelineRow[] {
  return facts.flatMap((f) =>
    (['stint-start', 'stint-end'] as const).flatMap((kind): TimelineRow[] => {
      const date = f.edge.properties[kind === 'stint-start' ? 'start' : 'end'];
      if (typeof date !== 'string') return [];
      return [
        {
          kind,
          date,
          position: { date, kind, key: f.edge.id, element: `element:${f.edge.id}:${kind}` },
          node: null,
          edge: f.edge,
          person,
          org: f.org,
          orgParents: f.orgParents,
          reportedBy: [],
          reportedSources: [],
          personStints: facts,
        },
      ];
    }),
  );
}

async function titles(rows: TimelineRow[]) {
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const repo: TimelineRepository = { read: async () => sorted };
  const { items } = await createTimelineService(repo).timeline({ limit: 100 });
  return items.map((it) => ({ title: it.title, titleAr: it.titleAr, inside: it.stintInside }));
}

const PAT = node('person:pat', 'Pat', 'بات', 'Person');
const SAM = node('person:sam', 'Sam', 'سام', 'Person');
const KIM = node('person:kim', 'Kim', 'كيم', 'Person');

describe('a move within one organisation on the timeline', () => {
  it('titles a promotion a role ended and a new role taken up, not a departure and a join', async () => {
    const told = await titles(
      rowsOf(PAT, [
        fact(PAT, 'f:pat-researcher', META, { start: '2018', end: '2023-01', role: 'Researcher' }),
        fact(PAT, 'f:pat-director', META, { start: '2023-02', role: 'Director' }),
      ]),
    );
    expect(told).toEqual([
      { title: 'Pat joins Meta (Researcher)', titleAr: 'ينضمّ بات إلى ميتا (Researcher)', inside: [false] },
      {
        title: 'Pat ends a role at Meta (Researcher)',
        titleAr: 'يُنهي بات دورًا في ميتا (Researcher)',
        inside: [true],
      },
      {
        title: 'Pat takes a new role at Meta (Director)',
        titleAr: 'يتولّى بات دورًا جديدًا في ميتا (Director)',
        inside: [true],
      },
    ]);
  });

  it('titles a division left for its parent (a stated PART_OF) as a role ended and taken up', async () => {
    const told = await titles(
      rowsOf(SAM, [
        fact(SAM, 'f:sam-fair', FAIR, { start: '2021', end: '2024-05' }, ['org:meta']),
        fact(SAM, 'f:sam-meta', META, { start: '2024-06' }),
      ]),
    );
    expect(told.map((t) => t.title)).toEqual([
      'Sam joins FAIR',
      'Sam ends a role at FAIR',
      'Sam takes a new role at Meta',
    ]);
  });

  it('still titles a move between two organisations a departure and a join', async () => {
    const told = await titles(
      rowsOf(KIM, [
        fact(KIM, 'f:kim-alpha', ALPHA, { start: '2017', end: '2020-01' }),
        fact(KIM, 'f:kim-meta', META, { start: '2020-03' }),
      ]),
    );
    expect(told).toEqual([
      { title: 'Kim joins Alpha', titleAr: 'ينضمّ كيم إلى ألفا', inside: [false] },
      { title: 'Kim leaves Alpha', titleAr: 'يغادر كيم ألفا', inside: [false] },
      { title: 'Kim joins Meta', titleAr: 'ينضمّ كيم إلى ميتا', inside: [false] },
    ]);
  });

  it('titles a leaving of a division for its parent and of another organisation at once a departure', async () => {
    const told = await titles(
      rowsOf(SAM, [
        fact(SAM, 'f:sam-fair', FAIR, { start: '2021', end: '2024-05' }, ['org:meta']),
        fact(SAM, 'f:sam-alpha', ALPHA, { start: '2022', end: '2024-05' }),
        fact(SAM, 'f:sam-meta', META, { start: '2024-06' }),
      ]),
    );
    expect(told.map((t) => t.title)).toContain('Sam leaves FAIR and Alpha');
    // Into Meta from inside it (FAIR) too: Meta's dashboard counts no hire.
    expect(told.map((t) => t.title)).toContain('Sam takes a new role at Meta');
  });

  it('marks every fact telling the new role, not only the one the next-stint rule picked', async () => {
    const twice = (id: string, source: string) => {
      const f = fact(PAT, id, META, { start: '2023-02', role: 'Director' });
      return { ...f, edge: { ...f.edge, properties: { ...f.edge.properties, sources: [source] } } };
    };
    const told = await titles(
      rowsOf(PAT, [
        fact(PAT, 'f:pat-researcher', META, { start: '2018', end: '2023-01', role: 'Researcher' }),
        twice('f:pat-director-a', 'source:a'),
        twice('f:pat-director-b', 'source:b'),
      ]),
    );
    expect(told.at(-1)).toEqual({
      title: 'Pat takes a new role at Meta (Director)',
      titleAr: 'يتولّى بات دورًا جديدًا في ميتا (Director)',
      inside: [true, true],
    });
  });
});
