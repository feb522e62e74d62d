// Finds a Java 17+ runtime and Maven for the embedded Neo4j, with messages that say how to get them.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const MIN_JAVA_MAJOR = 17;

export class EmbeddedNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedNeo4jError';
  }
}

const ALTERNATIVES =
  'Alternatively set NEO4J_URI to a running Neo4j 5 (e.g. bolt://localhost:7687), or run `docker compose up` where Docker is available.';

/** The java executable to use: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on the PATH. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Parses the major version from `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajor(output: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

// `java -version` of each executable checked, so the class archive can tell one Java build from another.
const versionTexts = new Map<string, string>();

/** What `java -version` printed for an executable that assertJava accepted (undefined before that). */
export function javaVersionText(java: string): string | undefined {
  return versionTexts.get(java);
}

/** Throws a clear error unless a Java 17+ runtime answers. */
export function assertJava(env: NodeJS.ProcessEnv = process.env): string {
  const java = javaExecutable(env);
  const res = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new EmbeddedNeo4jError(
      `Java ${MIN_JAVA_MAJOR}+ is needed to run the embedded Neo4j, but '${java}' could not be run. ` +
        `Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven). ${ALTERNATIVES}`,
    );
  }
  const text = `${res.stderr}${res.stdout}`;
  const major = parseJavaMajor(text);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new EmbeddedNeo4jError(
      `Java ${MIN_JAVA_MAJOR}+ is needed to run the embedded Neo4j, but '${java}' is version ${major ?? 'unknown'}. ` +
        `Install Java ${MIN_JAVA_MAJOR} or newer (Debian/Ubuntu: apt-get install openjdk-17-jre-headless). ${ALTERNATIVES}`,
    );
  }
  // The version and build lines only: the rest notes options (JDK_JAVA_OPTIONS, a JIT mode), not the Java build.
  versionTexts.set(
    java,
    text
      .split('\n')
      .filter((l) => / version "|Runtime Environment/.test(l))
      .join('\n'),
  );
  return java;
}

/** Throws a clear error unless Maven answers (needed once, to build the launcher). */
export function assertMaven(): string {
  const res = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new EmbeddedNeo4jError(
      `Maven is needed once to build the embedded Neo4j launcher, but 'mvn' could not be run. ` +
        `Install it (Debian/Ubuntu: apt-get install maven). ${ALTERNATIVES}`,
    );
  }
  return 'mvn';
}
