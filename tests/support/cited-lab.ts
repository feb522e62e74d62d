// A made-up organisation whose dashboard numbers each rest on their own source, for the tests that hold each number,
// chart and export of GET /api/orgs/:id/talent to the sources of what it counts (tests/integration/server/
// talent-cited.test.ts, tests/browser/talent-dashboard-cited.test.ts). Every organisation, person, event and source
// here is fictional, written by hand for these tests; no news report says any of it.
//
//   Ada   Cited Rival 2019 → 2023-01 (rival-career), Cited Lab 2023-02 → (lab-hires): a 2023 hire from the Rival
//   Ben   Cited Lab, no start → 2024-05 (lab-departures), Cited Next 2024-06 → (next-career): an undated hire, a
//         2024 departure to Next
//   Cy    Cited Lab 2021-01 → 2021-03 (cy-stated), Cited Elsewhere 2021-04 → 2021-07 (cy-elsewhere), Cited Lab
//         again from 2021-08, implied (cy-implied): two 2021 hires counted once, stated (stated wins), the first from
//         nowhere named, the implied one from Elsewhere; a 2021 departure to Elsewhere
//   Dee   Cited Lab Vision 2022-05 → (dee), the Vision PART_OF the Lab (structure): a 2022 hire; no counterpart
//   Reports, 2024: 5 left the Lab for Next (report), 2 left it for Next (smaller: a larger report stands for it), and
//   some left it, no number given (vague)
import type { Driver } from 'neo4j-driver';
import { DEPARTURES_EVENT_KIND } from '../../model/data-model.js';

export const CITED_LAB = 'org:cited-lab';

/** The sources, by the part of the story each backs alone. */
export const CITED = {
  rivalCareer: 'source:cited-rival-career',
  labHires: 'source:cited-lab-hires',
  labDepartures: 'source:cited-lab-departures',
  nextCareer: 'source:cited-next-career',
  cyStated: 'source:cited-cy-stated',
  cyImplied: 'source:cited-cy-implied',
  cyElsewhere: 'source:cited-cy-elsewhere',
  dee: 'source:cited-dee',
  structure: 'source:cited-structure',
  report: 'source:cited-report',
  smaller: 'source:cited-smaller',
  vague: 'source:cited-vague',
} as const;

/** A source's English title as its Source node gives it (chart images cite a source by publisher, date, title). */
export const citedTitle = (id: string) => `Made-up bulletin ${id.slice('source:cited-'.length)}`;

const GRAPH = `
CREATE (lab:Organization {id: $lab, name: 'Cited Lab', nameAr: 'مختبر الاستشهاد'}),
       (vision:Organization {id: 'org:cited-lab-vision', name: 'Cited Lab Vision', nameAr: 'رؤية مختبر الاستشهاد'}),
       (rival:Organization {id: 'org:cited-rival', name: 'Cited Rival', nameAr: 'المنافس المستشهد به'}),
       (next:Organization {id: 'org:cited-next', name: 'Cited Next', nameAr: 'التالي المستشهد به'}),
       (elsewhere:Organization {id: 'org:cited-elsewhere', name: 'Cited Elsewhere', nameAr: 'مكان آخر مستشهد به'}),
       (ada:Person {id: 'person:cited-ada', name: 'Ada Cited'}),
       (ben:Person {id: 'person:cited-ben', name: 'Ben Cited'}),
       (cy:Person {id: 'person:cited-cy', name: 'Cy Cited'}),
       (dee:Person {id: 'person:cited-dee', name: 'Dee Cited'}),
       (exodus:Event {id: 'event:cited-exodus', kind: $kind, name: 'Five leave Cited Lab', count: 5, date: '2024-03'}),
       (smaller:Event {id: 'event:cited-smaller', kind: $kind, name: 'Two leave Cited Lab', count: 2, date: '2024-04'}),
       (vague:Event {id: 'event:cited-vague', kind: $kind, name: 'Some leave Cited Lab', date: '2024-07'})
CREATE (vision)-[:PART_OF {id: 'fact:cited-vision-in-lab', certainty: 'stated', sources: [$s.structure]}]->(lab),
       (ada)-[:WORKED_AT {id: 'fact:cited-ada-rival', start: '2019', end: '2023-01', certainty: 'stated',
                          sources: [$s.rivalCareer]}]->(rival),
       (ada)-[:WORKED_AT {id: 'fact:cited-ada-lab', start: '2023-02', certainty: 'stated',
                          sources: [$s.labHires]}]->(lab),
       (ben)-[:WORKED_AT {id: 'fact:cited-ben-lab', end: '2024-05', left: true, certainty: 'stated',
                          sources: [$s.labDepartures]}]->(lab),
       (ben)-[:WORKED_AT {id: 'fact:cited-ben-next', start: '2024-06', certainty: 'stated',
                          sources: [$s.nextCareer]}]->(next),
       (cy)-[:WORKED_AT {id: 'fact:cited-cy-lab-1', start: '2021-01', end: '2021-03', certainty: 'stated',
                         sources: [$s.cyStated]}]->(lab),
       (cy)-[:WORKED_AT {id: 'fact:cited-cy-elsewhere', start: '2021-04', end: '2021-07', certainty: 'stated',
                         sources: [$s.cyElsewhere]}]->(elsewhere),
       (cy)-[:WORKED_AT {id: 'fact:cited-cy-lab-2', start: '2021-08', certainty: 'implied',
                         note: 'Made up: a return the bulletin only hints at.', sources: [$s.cyImplied]}]->(lab),
       (dee)-[:WORKED_AT {id: 'fact:cited-dee-vision', start: '2022-05', certainty: 'stated',
                          sources: [$s.dee]}]->(vision),
       (lab)-[:PARTICIPATED_IN {id: 'fact:cited-exodus-from', role: 'from', certainty: 'stated',
                                sources: [$s.report]}]->(exodus),
       (next)-[:PARTICIPATED_IN {id: 'fact:cited-exodus-to', role: 'to', certainty: 'stated',
                                 sources: [$s.report]}]->(exodus),
       (lab)-[:PARTICIPATED_IN {id: 'fact:cited-smaller-from', role: 'from', certainty: 'stated',
                                sources: [$s.smaller]}]->(smaller),
       (next)-[:PARTICIPATED_IN {id: 'fact:cited-smaller-to', role: 'to', certainty: 'stated',
                                 sources: [$s.smaller]}]->(smaller),
       (lab)-[:PARTICIPATED_IN {id: 'fact:cited-vague-from', role: 'from', certainty: 'stated',
                                sources: [$s.vague]}]->(vague)
WITH exodus, smaller, vague
UNWIND $sources AS src
CREATE (n:Source {id: src.id, title: src.title, titleEn: src.title, publisher: 'Made-up Gazette',
                  publisherAr: 'الجريدة المختلقة', published: '2025-01-15', language: 'en'})
WITH exodus, smaller, vague, n
UNWIND [[exodus, $s.report], [smaller, $s.smaller], [vague, $s.vague]] AS reported
WITH reported[0] AS e, reported[1] AS id, n WHERE n.id = id
CREATE (e)-[:REPORTED_BY {id: 'fact:cited-reported-' + id, certainty: 'stated', sources: [id]}]->(n)`;

/** Writes the graph into an empty database. */
export async function writeCitedLab(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(
    GRAPH,
    {
      lab: CITED_LAB,
      kind: DEPARTURES_EVENT_KIND,
      s: CITED,
      sources: Object.values(CITED).map((id) => ({ id, title: citedTitle(id) })),
    },
    { database },
  );
}
