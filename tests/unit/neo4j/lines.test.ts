// eachLine (neo4j/lines.ts): the launcher's status lines are read whole, however the pipe cuts them.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { eachLine } from '../../../neo4j/lines.js';

describe('eachLine', () => {
  it('joins a line written in pieces and keeps an unfinished one back until its newline', () => {
    const out = new PassThrough();
    const lines: string[] = [];
    eachLine([out], (l) => lines.push(l));
    out.write('NEO4J_RE');
    out.write('ADY bolt://127.0.0.1:1 version=5\nNEO4J_ST');
    expect(lines).toEqual(['NEO4J_READY bolt://127.0.0.1:1 version=5']);
    out.write('OPPING\n');
    expect(lines).toEqual(['NEO4J_READY bolt://127.0.0.1:1 version=5', 'NEO4J_STOPPING']);
  });

  it('never glues a piece of stdout to a piece of stderr', () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const lines: string[] = [];
    eachLine([stdout, stderr, null], (l) => lines.push(l));
    stdout.write('NEO4J_');
    stderr.write('WARNING: something\n');
    stdout.write('READY x version=5\n');
    expect(lines).toEqual(['WARNING: something', 'NEO4J_READY x version=5']);
  });
});
