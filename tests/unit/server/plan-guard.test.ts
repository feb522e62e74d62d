// The EXPLAIN-plan guard of POST /api/cypher, on plans shaped like the ones Neo4j 5.26 returns.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/errors.js';
import {
  assertNoRefusals,
  assertPlanAllowed,
  createPlanVerdictCache,
  findRefusals,
  type PlanLike,
} from '../../../server/services/plan-guard.js';

const plan = (
  operatorType: string,
  children: PlanLike[] = [],
  args: Record<string, unknown> = {},
): PlanLike => ({ operatorType, arguments: args, children });
const root = (...children: PlanLike[]) => plan('ProduceResults@neo4j', children, { runtime: 'SLOTTED' });

describe('plan guard', () => {
  it('lets an ordinary read through', () => {
    expect(findRefusals(root(plan('Expand(All)@neo4j', [plan('NodeByLabelScan@neo4j')])))).toEqual([]);
    expect(() => assertPlanAllowed(root(plan('AllNodesScan@neo4j')), 'read')).not.toThrow();
  });

  it('refuses LOAD CSV wherever it sits in the plan', () => {
    const p = root(plan('Apply@neo4j', [plan('Argument@neo4j'), plan('LoadCSV@neo4j')]));
    expect(findRefusals(p).map((r) => r.operator)).toEqual(['LoadCSV']);
    try {
      assertPlanAllowed(p, 'read');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('READ_ONLY');
      expect((e as AppError).status).toBe(403);
    }
    expect(() => assertPlanAllowed(p, 'write')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('refuses administration commands planned on the system database', () => {
    expect(findRefusals(plan('AdministrationCommand@system', [], { runtime: 'SYSTEM' }))).toHaveLength(1);
  });

  it('refuses listing or terminating transactions and reading settings, but allows SHOW INDEXES', () => {
    expect(findRefusals(root(plan('ShowTransactions@neo4j')))).toHaveLength(1);
    expect(findRefusals(root(plan('TerminateTransactions@neo4j')))).toHaveLength(1);
    expect(findRefusals(root(plan('ShowSettings@neo4j')))).toHaveLength(1);
    expect(findRefusals(root(plan('ShowIndexes@neo4j')))).toEqual([]);
  });

  it('refuses server-managing procedures by name and allows informational ones', () => {
    const call = (details: string) => root(plan('ProcedureCall@neo4j', [], { Details: details }));
    expect(findRefusals(call('dbms.listConnections() :: (connectionId :: STRING)'))[0]?.procedure).toBe(
      'dbms.listConnections',
    );
    expect(findRefusals(call('apoc.load.json($url) :: (value :: MAP)'))).toHaveLength(1);
    expect(findRefusals(call('db.labels() :: (label :: STRING)'))).toEqual([]);
    expect(findRefusals(call('dbms.components() :: (name :: STRING)'))).toEqual([]);
  });
});

describe('unprefixPositions', () => {
  it("maps an error position in 'EXPLAIN\\n' + query back onto the query the user typed", async () => {
    const { unprefixPositions } = await import('../../../server/queries/cypher.js');
    expect(unprefixPositions("Invalid input 'RETRN' (line 3, column 1 (offset: 25))")).toBe(
      "Invalid input 'RETRN' (line 2, column 1 (offset: 17))",
    );
    expect(unprefixPositions('no position here')).toBe('no position here');
  });
});

describe('withoutProfile', () => {
  it('blanks a leading PROFILE (after spaces and comments) so the guard EXPLAINs the same statement at the same offsets', async () => {
    const { withoutProfile } = await import('../../../server/queries/cypher.js');
    const q = '// mine\n  profile MATCH (n) RETURN n';
    const out = withoutProfile(q);
    expect(out.profiled).toBe(true);
    expect(out.query).toBe('// mine\n          MATCH (n) RETURN n');
    expect(out.query.length).toBe(q.length);
    expect(withoutProfile('/* a */PROFILE\nMATCH (n) RETURN n').query).toBe(
      '/* a */       \nMATCH (n) RETURN n',
    );
    // Not a leading keyword: left alone (Neo4j then refuses EXPLAIN PROFILE, and the server says why).
    for (const other of [
      'MATCH (n) RETURN n',
      'PROFILED_NAME',
      'CYPHER PROFILE MATCH (n) RETURN n',
      'RETURN "PROFILE"',
    ])
      expect(withoutProfile(other)).toEqual({ query: other, profiled: false });
  });
});

describe('createPlanVerdictCache', () => {
  const refused = [{ operator: 'LoadCSV', reason: 'reading files' }];

  it('remembers verdicts by query text, a refusal as a refusal', () => {
    const cache = createPlanVerdictCache(10);
    cache.set('MATCH (n) RETURN n', []);
    cache.set("LOAD CSV FROM 'file:///x' AS r RETURN r", refused);
    expect(cache.get('MATCH (n) RETURN n')).toEqual([]);
    expect(cache.get("LOAD CSV FROM 'file:///x' AS r RETURN r")).toEqual(refused);
    expect(cache.get('MATCH (m) RETURN m')).toBeUndefined();
  });

  it('drops the least recently used verdict beyond its size', () => {
    const cache = createPlanVerdictCache(2);
    cache.set('a', []);
    cache.set('b', []);
    cache.get('a');
    cache.set('c', []);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual([]);
    expect(cache.get('c')).toEqual([]);
  });

  it('throws the same error for a cached refusal as for the plan it came from', () => {
    const loadCsv = root(plan('LoadCSV@neo4j'));
    const fresh = (() => {
      try {
        assertPlanAllowed(loadCsv, 'read');
      } catch (err) {
        return err as AppError;
      }
    })();
    expect(fresh).toBeInstanceOf(AppError);
    expect(() => assertNoRefusals(findRefusals(loadCsv), 'read')).toThrow(fresh!.message);
    expect(fresh!.code).toBe('READ_ONLY');
  });
});
