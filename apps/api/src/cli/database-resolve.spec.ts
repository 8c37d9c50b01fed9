import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedToOthers } from './database-resolve.js';

describe('closedToOthers: whether the embedded PostgreSQL, run as "postgres" under root, can reach a folder', () => {
  const base = mkdtempSync(join(tmpdir(), 'startbaan-reach-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('names the first folder on the way that others may not enter', () => {
    const home = join(base, 'home');
    mkdirSync(join(home, 'clone', '.data'), { recursive: true });
    chmodSync(base, 0o755);
    chmodSync(home, 0o700);
    expect(closedToOthers(join(home, 'clone', '.data', 'pg'))).toBe(home);
    chmodSync(home, 0o755);
    expect(closedToOthers(join(home, 'clone', '.data', 'pg'))).toBeNull();
  });
});
