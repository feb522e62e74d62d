// The embedded Neo4j's class archive (neo4j/class-archive.ts): the run's engine was started through
// startEmbeddedNeo4j, which writes the archive first, so it must exist and be one this Java maps; a Java that cannot
// write one is recorded once instead of costing every later start a training run (tried again after a day); a
// cut-short training's part goes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LAUNCHER_JAR } from '../../../neo4j/build.js';
import { classArchiveArgs, classArchivePath, ensureClassArchive } from '../../../neo4j/class-archive.js';
import { assertJava } from '../../../neo4j/java.js';

describe('the class archive of the embedded Neo4j', () => {
  const missingJava = '/nonexistent/talent-graph-test/java';
  afterAll(() => fs.rmSync(`${classArchivePath(missingJava)}.failed`, { force: true }));

  it('exists after a start and is mapped by this Java: the launcher class comes from it, not from the jar', () => {
    const java = assertJava();
    const args = classArchiveArgs(java, LAUNCHER_JAR);
    expect(args).toEqual([`-XX:SharedArchiveFile=${classArchivePath(java)}`]);
    // -Xshare:on makes an unusable archive an error instead of a silent fallback. Without --data the launcher
    // stops at once with its own error, after its class was loaded.
    const res = spawnSync(
      java,
      [...args, '-Xshare:on', '-Xlog:class+load=info', '-jar', LAUNCHER_JAR, '--port', '1'],
      {
        encoding: 'utf8',
        env: { ...process.env, JDK_JAVA_OPTIONS: '' },
      },
    );
    const out = `${res.stdout}${res.stderr}`;
    expect(out).toMatch(/talentgraph\.Launcher source: shared objects file \(top\)/);
    expect(out).toContain('NEO4J_ERROR missing required option --data');
  });

  it('is left out when Flight Recorder or an agent hooks class loading (OpenJDK 17 crashes on that mix)', () => {
    const java = assertJava();
    for (const options of [
      '-XX:StartFlightRecording=filename=/tmp/run.jfr',
      '-XX:+FlightRecorder',
      '-javaagent:/opt/apm/agent.jar',
      '-agentlib:jdwp=transport=dt_socket',
    ]) {
      expect(classArchiveArgs(java, LAUNCHER_JAR, { JDK_JAVA_OPTIONS: options }), options).toEqual([]);
      expect(classArchiveArgs(java, LAUNCHER_JAR, { JAVA_TOOL_OPTIONS: options }), options).toEqual([]);
    }
    // A JIT option (the processes group's) hooks nothing: the archive is used.
    expect(
      classArchiveArgs(java, LAUNCHER_JAR, { JDK_JAVA_OPTIONS: '-XX:TieredStopAtLevel=1' }),
    ).toHaveLength(1);
  });

  it('names another archive for the project in another folder (an archive maps only on its own class path)', () => {
    const java = assertJava();
    const here = classArchivePath(java);
    const elsewhere = classArchivePath(java, '/srv/copy-of-talent-graph/neo4j/target');
    expect(path.dirname(elsewhere)).toBe('/srv/copy-of-talent-graph/neo4j/target');
    expect(path.basename(elsewhere)).toMatch(/^neo4j-launcher-[0-9a-f]{12}\.jsa$/);
    expect(path.basename(elsewhere)).not.toBe(path.basename(here));
  });

  it('names one archive per Java build, whatever JDK_JAVA_OPTIONS the launcher notes', () => {
    const java = assertJava();
    const plain = classArchivePath(java);
    const before = process.env.JDK_JAVA_OPTIONS;
    process.env.JDK_JAVA_OPTIONS = '-XX:TieredStopAtLevel=1';
    try {
      expect(classArchivePath(assertJava())).toBe(plain);
    } finally {
      if (before === undefined) delete process.env.JDK_JAVA_OPTIONS;
      else process.env.JDK_JAVA_OPTIONS = before;
    }
  });

  it('records a Java that cannot write one and does not try again for the same jar', async () => {
    const failed = `${classArchivePath(missingJava)}.failed`;
    fs.rmSync(failed, { force: true });
    // What a training cut short leaves behind is removed before the next one.
    const leftover = `${classArchivePath(missingJava)}.999999.partial`;
    fs.writeFileSync(leftover, 'part of an archive');
    const first: string[] = [];
    await ensureClassArchive(missingJava, LAUNCHER_JAR, (m) => first.push(m));
    expect(fs.existsSync(leftover)).toBe(false);
    expect(first.join('\n')).toMatch(/Neo4j starts without a class archive: Java could not be started/);
    expect(fs.existsSync(failed)).toBe(true);
    expect(classArchiveArgs(missingJava, LAUNCHER_JAR)).toEqual([]);

    const second: string[] = [];
    await ensureClassArchive(missingJava, LAUNCHER_JAR, (m) => second.push(m));
    expect(second).toEqual([]);
  });

  it('tries a failed training again once the failure is a day old (a full disk or a busy machine passes)', async () => {
    const failed = `${classArchivePath(missingJava)}.failed`;
    // A jar of three days ago, so that a failure of two days ago is still newer than it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-archive-retry-'));
    try {
      const jar = path.join(dir, 'neo4j-launcher.jar');
      fs.copyFileSync(LAUNCHER_JAR, jar);
      const day = 24 * 3_600_000;
      fs.utimesSync(jar, new Date(Date.now() - 3 * day), new Date(Date.now() - 3 * day));
      fs.writeFileSync(failed, 'an earlier failure\n');
      const fresh: string[] = [];
      await ensureClassArchive(missingJava, jar, (m) => fresh.push(m));
      expect(fresh).toEqual([]);

      fs.utimesSync(failed, new Date(Date.now() - 2 * day), new Date(Date.now() - 2 * day));
      const old: string[] = [];
      await ensureClassArchive(missingJava, jar, (m) => old.push(m));
      expect(old.join('\n')).toMatch(/Neo4j starts without a class archive: Java could not be started/);
      // Recorded anew: the next start waits another day.
      expect(Date.now() - fs.statSync(failed).mtimeMs).toBeLessThan(day);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
