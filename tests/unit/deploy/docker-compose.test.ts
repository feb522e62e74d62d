// No Docker engine runs on our machines, so the compose file and Dockerfile are checked by reading them.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { nodeFlagsOf, serverNodeFlags } from '../../../scripts/node-flags.mjs';
import { readConfig } from '../../../server/config.js';

const compose = YAML.parse(fs.readFileSync('docker-compose.yml', 'utf8'));
const dockerfile = fs.readFileSync('Dockerfile', 'utf8');

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community image with auth from the environment and a named volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
    expect(neo4j.ports).toContain('127.0.0.1:7687:7687');
  });

  it('health-checks Neo4j with a real query', () => {
    const hc = compose.services.neo4j.healthcheck;
    expect(hc.test.join(' ')).toContain('cypher-shell');
    expect(hc.test.join(' ')).toContain('RETURN 1');
    expect(hc.retries).toBeGreaterThan(0);
  });

  it('starts the app from the Dockerfile only once Neo4j is healthy, wired to bolt://neo4j:7687', () => {
    const app = compose.services.app;
    expect(app.build).toBe('.');
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.environment.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD}');
    expect(app.environment.HOST).toBe('0.0.0.0');
    expect(app.ports).toContain('127.0.0.1:3000:3000');
    // Published on loopback, so by default it answers only to loopback names (DNS rebinding).
    expect(app.environment.ALLOWED_HOSTS).toBe('${ALLOWED_HOSTS:-localhost,127.0.0.1,::1}');
  });

  it("passes the app a configuration that the app's own validation accepts", () => {
    const env = {
      ...compose.services.app.environment,
      NEO4J_PASSWORD: 'compose-secret',
      ALLOW_WRITE_TOKEN: '',
      CORS_ORIGINS: '',
      ALLOWED_HOSTS: 'localhost,127.0.0.1,::1',
      LOG_LEVEL: 'info',
      WEB_CONCURRENCY: '1',
    };
    const config = readConfig(env);
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(config.port).toBe(3000);
    expect(config.webConcurrency).toBe(1);
  });
});

describe('Dockerfile', () => {
  it('runs the server with the Node flags of npm start, its young generation enlarged', () => {
    expect(serverNodeFlags()).toContain('--max-semi-space-size=64');
    expect(nodeFlagsOf('node --a=1 --b scripts/start.mjs server --c')).toEqual(['--a=1', '--b']);
    expect(nodeFlagsOf('tsx watch server/main.ts --dev')).toEqual([]);
  });

  it('builds with every dependency, then runs the compiled output on a slim image with production dependencies only, as a non-root user', () => {
    const stages = dockerfile.match(/^FROM .+$/gm) ?? [];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/RUN node scripts\/build\.mjs/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/dist \.\/dist/);
    expect(dockerfile).toMatch(/HEALTHCHECK .*\/api\/health/);
    // The runtime runs JavaScript: no TypeScript loader and no TypeScript source in the image.
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    expect(JSON.parse(cmd![1]!)).toEqual(['node', ...serverNodeFlags(), 'dist/server/main.js']);
    expect(dockerfile).not.toMatch(/tsx/);
    expect(dockerfile).not.toMatch(/^COPY (server|model|seed(?!\/sources)|neo4j)/m);
  });
});
