// The made-up careers (fictional people and organisations) of one move, one date: a stint joined with no start,
// stints left that end on different dates, a stint of unknown start standing between a stint left and the next. Shared
// by the flows/careers/dashboard test (tests/integration/server/one-date-per-move.test.ts) and the timeline's
// (timeline-one-leaving.test.ts), so all are held to the same graphs. Comment lines are stripped before it runs.
// Each career at its own organisations (prefix), so the flows of one do not count another's people.
export const ONE_DATE_GRAPH = `
CREATE (fair3:Organization {id:'org:od3-fair', name:'FAIR'}), (meta3:Organization {id:'org:od3-meta', name:'Meta'}),
       (xai3:Organization {id:'org:od3-xai', name:'xAI'}),
       (fair3)-[:PART_OF {id:'fact:od3-fair-in-meta', certainty:'stated', sources:['source:od-a']}]->(meta3),
       (p3:Person {id:'person:od3', name:'Three'}),
       // Left FAIR 2024-12 and Meta 2025-02, then xAI (start unknown): one move, at 2025-02.
       (p3)-[:WORKED_AT {id:'fact:od3-fair', start:'2020', end:'2024-12', left:true, certainty:'stated', sources:['source:od-a']}]->(fair3),
       (p3)-[:WORKED_AT {id:'fact:od3-meta', start:'2020', end:'2025-02', left:true, certainty:'stated', sources:['source:od-b']}]->(meta3),
       (p3)-[:WORKED_AT {id:'fact:od3-xai', certainty:'stated', sources:['source:od-c']}]->(xai3)
CREATE (fair7:Organization {id:'org:od7-fair', name:'FAIR'}), (meta7:Organization {id:'org:od7-meta', name:'Meta'}),
       (xai7:Organization {id:'org:od7-xai', name:'xAI'}),
       (fair7)-[:PART_OF {id:'fact:od7-fair-in-meta', certainty:'stated', sources:['source:od-a']}]->(meta7),
       (p7:Person {id:'person:od7', name:'Seven'}),
       // The same, Meta's stint only implied: the stated move is dated by the stated stints, 2024-12.
       (p7)-[:WORKED_AT {id:'fact:od7-fair', start:'2020', end:'2024-12', left:true, certainty:'stated', sources:['source:od-a']}]->(fair7),
       (p7)-[:WORKED_AT {id:'fact:od7-meta', start:'2020', end:'2025-02', left:true, certainty:'implied', sources:['source:od-b']}]->(meta7),
       (p7)-[:WORKED_AT {id:'fact:od7-xai', certainty:'stated', sources:['source:od-c']}]->(xai7)
CREATE (meta5:Organization {id:'org:od5-meta', name:'Meta'}), (goog5:Organization {id:'org:od5-google', name:'Google'}),
       (xai5:Organization {id:'org:od5-xai', name:'xAI'}),
       (p5:Person {id:'person:od5', name:'Five'}),
       // Meta 2015–2020, Google until 2021 (start unknown), xAI from 2022: Google→xAI, and no Meta→xAI.
       (p5)-[:WORKED_AT {id:'fact:od5-meta', start:'2015', end:'2020', left:true, certainty:'stated', sources:['source:od-a']}]->(meta5),
       (p5)-[:WORKED_AT {id:'fact:od5-google', end:'2021', left:true, certainty:'stated', sources:['source:od-b']}]->(goog5),
       (p5)-[:WORKED_AT {id:'fact:od5-xai', start:'2022', certainty:'stated', sources:['source:od-b']}]->(xai5)
CREATE (fair1:Organization {id:'org:od1-fair', name:'FAIR'}), (meta1:Organization {id:'org:od1-meta', name:'Meta'}),
       (xai1:Organization {id:'org:od1-xai', name:'xAI'}),
       (fair1)-[:PART_OF {id:'fact:od1-fair-in-meta', certainty:'stated', sources:['source:od-a']}]->(meta1),
       (p1:Person {id:'person:od1', name:'One'}),
       // Left FAIR 2024-12 and Meta 2025-02 (starts unknown), joined xAI 2025-03: one move, one departure.
       (p1)-[:WORKED_AT {id:'fact:od1-fair', end:'2024-12', left:true, certainty:'stated', sources:['source:od-a']}]->(fair1),
       (p1)-[:WORKED_AT {id:'fact:od1-meta', end:'2025-02', left:true, certainty:'stated', sources:['source:od-b']}]->(meta1),
       (p1)-[:WORKED_AT {id:'fact:od1-xai', start:'2025-03', certainty:'stated', sources:['source:od-c']}]->(xai1)
CREATE (meta2:Organization {id:'org:od2-meta', name:'Meta'}), (xai2:Organization {id:'org:od2-xai', name:'xAI'}),
       (p2:Person {id:'person:od2', name:'Two'}),
       // One stint two sources end differently, then xAI from 2025-02: one move, one departure.
       (p2)-[:WORKED_AT {id:'fact:od2-meta-a', end:'2024-12', left:true, certainty:'stated', sources:['source:od-a']}]->(meta2),
       (p2)-[:WORKED_AT {id:'fact:od2-meta-b', end:'2025-01', left:true, certainty:'stated', sources:['source:od-b']}]->(meta2),
       (p2)-[:WORKED_AT {id:'fact:od2-xai', start:'2025-02', certainty:'stated', sources:['source:od-b']}]->(xai2)`;
