// The Host header parsing behind the DNS-rebinding guard (server/http/host-check.ts).
import { describe, expect, it } from 'vitest';
import { hostName } from '../../../server/http/host-check.js';

describe('hostName', () => {
  it.each([
    ['localhost:3000', 'localhost'],
    ['LOCALHOST', 'localhost'],
    ['127.0.0.1:3000', '127.0.0.1'],
    ['[::1]:3000', '::1'],
    ['[::1]', '::1'],
    ['evil.example:80', 'evil.example'],
    ['', ''],
  ])('reads %j as %j', (header, name) => {
    expect(hostName(header)).toBe(name);
  });
});
