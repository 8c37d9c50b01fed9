import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm run lint:walls` (scripts/lib-walls.mjs): the walls between the libs, on the tree and on a copy with breaches planted. */
const root = join(import.meta.dirname, '..');
const script = join(root, 'scripts', 'lib-walls.mjs');
// Planted import lines are built from parts, so that this file itself breaches nothing.
const FROM = 'from';
const walls = (at: string) => {
  const run = spawnSync(process.execPath, [script, '--root', at], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
};

describe('the walls between the libs (lint:walls)', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'startbaan-walls-'));
    for (const dir of ['libs', 'apps/api', 'apps/worker', 'test', 'bench']) cpSync(join(root, dir), join(copy, dir), { recursive: true });
    cpSync(join(root, 'tsconfig.json'), join(copy, 'tsconfig.json'));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('hold in the tree as it is', () => {
    expect(walls(root)).toEqual({ status: 0, out: expect.stringContaining('every import across libs goes through an entry point') });
    expect(walls(copy).status).toBe(0);
  });

  it('fail on a deep import into another lib, naming the file and line', () => {
    const file = join(copy, 'libs/matching/src/core/score.ts');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, `import { VOG_BASES } ${FROM} '../../../employers/src/vacancy.model.js';\n${before}`);
    try {
      const run = walls(copy);
      expect(run.status).toBe(1);
      expect(run.out).toContain("libs/matching/src/core/score.ts:1: '../../../employers/src/vacancy.model.js' reaches into libs/employers");
    } finally {
      writeFileSync(file, before);
    }
  });

  it('fail on an app, a test or a benchmark reaching into a lib, and on a subpath tsconfig does not name', () => {
    const planted = join(copy, 'test/support/planted.ts');
    writeFileSync(
      planted,
      [
        `import { score } ${FROM} '../../libs/matching/src/core/score.js';`,
        `export { Youth } ${FROM} '@startbaan/youth/youth.entity';`,
        "export const later = () => import('../../libs/youth/src/youth.service.js');",
        'export { score };',
      ].join('\n'),
    );
    try {
      const run = walls(copy);
      expect(run.status).toBe(1);
      expect(run.out).toContain("test/support/planted.ts:1: '../../libs/matching/src/core/score.js' reaches into libs/matching");
      expect(run.out).toContain("test/support/planted.ts:2: '@startbaan/youth/youth.entity' is not an entry point of libs/youth");
      expect(run.out).toContain("test/support/planted.ts:3: '../../libs/youth/src/youth.service.js' reaches into libs/youth");
      expect(run.out).toContain('3 breach(es)');
    } finally {
      rmSync(planted);
    }
  });

  it('fail on platform importing another lib, even through its entry point', () => {
    const file = join(copy, 'libs/platform/src/geo/pc4.ts');
    const before = readFileSync(file, 'utf8');
    appendFileSync(file, `\nexport { YOUTH_MIGRATIONS } ${FROM} '@startbaan/youth';\n`);
    try {
      const run = walls(copy);
      expect(run.status).toBe(1);
      expect(run.out).toMatch(/libs\/platform\/src\/geo\/pc4\.ts:\d+: libs\/platform imports libs\/youth; platform is the ground floor/);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('fail on a wildcard path that opens every file of a lib', () => {
    const config = join(copy, 'tsconfig.json');
    const before = readFileSync(config, 'utf8');
    const parsed = JSON.parse(before) as { compilerOptions: { paths: Record<string, string[]> } };
    parsed.compilerOptions.paths['@startbaan/youth/*'] = ['./libs/youth/src/*'];
    writeFileSync(config, JSON.stringify(parsed));
    try {
      const run = walls(copy);
      expect(run.status).toBe(1);
      expect(run.out).toContain('paths "@startbaan/youth/*" opens every file of a lib');
    } finally {
      writeFileSync(config, before);
    }
  });
});
