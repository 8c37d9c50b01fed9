import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { type MigrationClass, migrationRegistry } from '@startbaan/platform';
import { API_MIGRATIONS } from '../apps/api/src/migrations.js';
import { MIGRATION_LIBS, migrationShow } from '../apps/api/src/cli/migrations.js';
import { WORKER_MIGRATIONS } from '../apps/worker/src/migrations.js';
import { createTestDatabase, TEST_MIGRATIONS, type TestDatabase } from './support/database.js';

/**
 * TypeORM's schema builder, run by scripts/schema-builder.mjs in a process of its own: it reads
 * the tables with several queries at once on one connection, which pg 8 marks deprecated, and
 * these suites run with --throw-deprecation to keep our own code from doing that.
 */
const run = promisify(execFile);

async function schemaBuilder(...args: string[]): Promise<{ up?: string[]; file?: string | null; error?: string }> {
  const { stdout } = await run(process.execPath, [join(root, 'scripts/schema-builder.mjs'), ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as { up?: string[]; file?: string | null; error?: string };
}

/**
 * Every migration ever run anywhere, in the order databases ran them. A database knows its
 * migrations by these names: a name that changes, or an order that changes, would run a
 * migration twice or skip one. New migrations go at the end (a later timestamp).
 */
const HISTORY = [
  'Foundation1795426329098',
  'Youth1795600000000',
  'Employers1795700000000',
  'Matching1795800000000',
  'Proposals1795900000000',
  'Placements1796000000000',
  'MatchingYouths1796100000000',
  'PlacementFollowThrough1796200000000',
  'VacancyStatusTimes1796340000000',
  'Programmes1796400000000',
  'OpenIntake1796500000000',
  'ProgrammeMonitoring1796600000000',
  'ProposeOnce1796700000000',
  'ProposalMessages1796750000000',
  'EmployerPseudonyms1796800000000',
  'LeastPrivilege1796900000000',
  'JobsCarryIds1797000000000',
  'VacancySbiCode1797100000000',
  'OutboxNotify1797160000000',
  'ProgrammeChoicesFollowEnlisting1797200000000',
  'MonitoringCellKeys1797300000000',
  'PasswordReset1797400000000',
  'ResumableAllocationRuns1797520000000',
  'EmailSentAfterCommit1797520000001',
  'Pc4MunicipalityNames1797530000000',
  'VacancyStatusTimesGiven1797600000000',
  'DropYouthTravelIndex1797610000000',
  'ProgrammeEntryPages1797620000000',
  'ConsentsByYouth1797630000000',
];

const root = join(import.meta.dirname, '..');
const libLists = await Promise.all(
  MIGRATION_LIBS.map(async (lib) => {
    const index = (await import(`../libs/${lib}/src/migrations/index.ts`)) as Record<string, MigrationClass[]>;
    const [list] = Object.entries(index).filter(([k]) => k.endsWith('_MIGRATIONS'));
    return { lib, list: list![1] };
  }),
);

describe('migrations: each lib keeps its own, the applications run them in one order', () => {
  it('the API, the worker and the suites run the same migrations, in the order every existing database ran them', () => {
    const names = (list: { name: string }[]) => list.map((m) => m.name);
    expect(names(API_MIGRATIONS).slice(0, HISTORY.length)).toEqual(HISTORY);
    expect(names(WORKER_MIGRATIONS)).toEqual(names(API_MIGRATIONS));
    expect(names(TEST_MIGRATIONS)).toEqual(names(API_MIGRATIONS));
    // Nothing lost or added on the way: the registry over the lib lists is exactly the applications' list.
    expect(names(migrationRegistry(...libLists.map((l) => l.list)))).toEqual(names(API_MIGRATIONS));
  });

  it('a lib lists exactly the migration files in its folder, each class named after its file', () => {
    for (const { lib, list } of libLists) {
      const files = readdirSync(join(root, 'libs', lib, 'src', 'migrations'))
        .filter((f) => f !== 'index.ts')
        .sort();
      for (const f of files) expect(f).toMatch(/^\d{13}-[A-Z][A-Za-z0-9]+\.ts$/);
      const fromFiles = files.map((f) => f.replace(/^(\d{13})-(\w+)\.ts$/, '$2$1'));
      expect({ lib, classes: list.map((m) => m.name).sort() }).toEqual({ lib, classes: fromFiles.sort() });
    }
  });

  it('a migration is frozen text: it imports no live code (only TypeORM types and the PC4 data)', () => {
    const allowed = new Set(['typeorm', '@startbaan/platform/geo']);
    for (const { lib } of libLists) {
      const dir = join(root, 'libs', lib, 'src', 'migrations');
      for (const f of readdirSync(dir).filter((n) => n !== 'index.ts')) {
        const imports = [...readFileSync(join(dir, f), 'utf8').matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]);
        expect({ file: `${lib}/${f}`, imports: imports.filter((i) => !allowed.has(i!)) }).toEqual({ file: `${lib}/${f}`, imports: [] });
      }
    }
  });

  describe('on a migrated database', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      // As the command line does: the schema builder's debug lines stay out of the output.
      Logger.overrideLogger(['fatal', 'error', 'warn']);
      db = await createTestDatabase();
    });
    afterAll(async () => {
      await db.drop();
    });

    it('no migration is pending', async () => {
      expect(await migrationShow(db.url)).toEqual([]);
    });

    it('the schema is what the entities describe: migration:generate would write nothing', async () => {
      expect(await schemaBuilder('diff', db.url)).toEqual({ up: [] });
    });

    it('migration:generate writes what is missing into the lib it is told, after every migration there is', async () => {
      const work = mkdtempSync(join(tmpdir(), 'startbaan-generate-'));
      const dir = join(work, 'libs/youth/src/migrations');
      mkdirSync(dir, { recursive: true });
      cpSync(join(root, 'libs/youth/src/migrations/index.ts'), join(dir, 'index.ts'));
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        await client.query('DROP INDEX "youth_skills_idx"');
        expect((await schemaBuilder('generate', db.url, 'SkillsIndex', 'nowhere', work)).error).toContain('--lib platform|notifications|youth');
        const { file } = await schemaBuilder('generate', db.url, 'SkillsIndex', 'youth', work);
        const stamp = /(\d{13})-SkillsIndex\.ts$/.exec(file ?? '')?.[1];
        expect(Number(stamp)).toBeGreaterThan(Math.max(...API_MIGRATIONS.map((m) => Number(/\d{13}$/.exec(m.name)![0]))));
        expect(readFileSync(join(work, file!), 'utf8')).toContain('CREATE INDEX "youth_skills_idx" ON "youth" USING gin ("skills")');
        expect(readFileSync(join(dir, 'index.ts'), 'utf8')).toMatch(
          new RegExp(`import \\{ SkillsIndex${stamp} \\} from './${stamp}-SkillsIndex\\.js';[\\s\\S]*YOUTH_MIGRATIONS: MigrationClass\\[\\] = \\[\\n  Youth1795600000000,\\n(  \\w+,\\n)*  SkillsIndex${stamp},\\n\\];`),
        );
      } finally {
        await client.end();
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
});
