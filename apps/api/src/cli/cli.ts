import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, DataCipher, ensureAccount, ensureOrganisation, ensureRegion, parseDataKeys, PASSWORD_MIN_LENGTH } from '@startbaan/platform';
import { runDemo } from './demo.js';
import { seedDemo } from './demo-seed.js';
import { seedDemoProgramme } from './demo-programme.js';
import { monitoringCsvText } from './monitoring-csv.js';
import { openApiDocumentJson } from './openapi.js';
import { rotateKeys, rotationText } from './key-rotation.js';
import { ensureDatabase } from './database-resolve.js';
import { migrationGenerate, migrationRevert, migrationRun, migrationShow, withDataSource } from './migrations.js';

const USAGE = `Usage: startbaan <command>
  migration:run                 run pending migrations (takes an advisory lock)
  migration:revert              undo the last migration
  migration:show                list pending migrations
  migration:generate <Name> --lib L
                                write a migration for the difference between entities and database
                                into libs/L/src/migrations (L: the lib whose tables change)
  admin:create --email E --password P [--name N] [--region-code C --region-name R]
                                create (or reset) an admin of a region's WSP organisation
  keys:rotate                   re-encrypt identity, sealed records and unsent e-mails (and re-derive intake contact keys)
                                under the first key of ENCRYPTION_KEYS, and say when the old keys may go
  demo:seed                     seed the fictional demo region (idempotent)
  monitoring:csv --programme P [--region C] [--snapshot latest|baseline|close|current|<id>]
                                print a programme's monitoring report as CSV (small cells suppressed)
  openapi                       print the API's OpenAPI document (as /docs-json serves it) without starting it
  demo                          set up everything and run the API and the worker with demo data`;

function databaseUrl(): string {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/startbaan';
  if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError([{ name: 'DATABASE_URL', expected: 'a postgres:// URL', got: url }]);
  return url;
}

/** The schema owner's login (DATABASE_MIGRATION_URL), or DATABASE_URL: what the migration commands run as. */
function ownerUrl(): string {
  const url = process.env.DATABASE_MIGRATION_URL;
  if (!url) return databaseUrl();
  if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError([{ name: 'DATABASE_MIGRATION_URL', expected: 'a postgres:// URL' }]);
  return url;
}

async function main(argv: string[]): Promise<void> {
  // The commands say what they did themselves; the database's debug lines stay out of the terminal.
  Logger.overrideLogger(['fatal', 'error', 'warn', 'log']);
  if (existsSync('.env')) process.loadEnvFile('.env');
  const [command, ...rest] = argv;
  switch (command) {
    case 'migration:run': {
      await ensureDatabase(ownerUrl());
      const ran = await migrationRun(ownerUrl());
      console.log(ran.length ? `Ran ${ran.length} migration(s): ${ran.join(', ')}` : 'No pending migrations.');
      return;
    }
    case 'migration:revert':
      await migrationRevert(ownerUrl());
      console.log('Reverted the last migration.');
      return;
    case 'migration:show': {
      const pending = await migrationShow(ownerUrl());
      console.log(pending.length ? `Pending: ${pending.join(', ')}` : 'No pending migrations.');
      return;
    }
    case 'migration:generate': {
      const { values, positionals } = parseArgs({ args: rest, options: { lib: { type: 'string' } }, allowPositionals: true });
      const name = positionals[0];
      if (!name || !values.lib) throw new Error('Give the migration a PascalCase name and its lib: npm run migration:generate -- AddVacancies --lib employers');
      const file = await migrationGenerate(ownerUrl(), name, values.lib);
      console.log(file ? `Wrote ${file}; review it, then build and run it.` : 'The database already matches the entities: nothing to generate.');
      return;
    }
    case 'keys:rotate': {
      const keys = parseDataKeys(process.env.ENCRYPTION_KEYS ?? '');
      if (!keys) {
        throw new ConfigError([{ name: 'ENCRYPTION_KEYS', expected: 'id:base64key pairs, the new key first and every old key after it' }]);
      }
      const report = await withDataSource(databaseUrl(), (ds) => rotateKeys(ds, keys));
      console.log(rotationText(keys[0]!.id, report));
      return;
    }
    case 'admin:create': {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          password: { type: 'string' },
          name: { type: 'string', default: 'Beheerder' },
          'region-code': { type: 'string', default: 'voorbeeld' },
          'region-name': { type: 'string', default: 'Regio Voorbeeld (fictief)' },
          organisation: { type: 'string' },
        },
      });
      if (!values.email || !values.password) throw new Error('admin:create needs --email and --password');
      if (values.password.length < PASSWORD_MIN_LENGTH) throw new Error(`--password must be at least ${PASSWORD_MIN_LENGTH} characters`);
      const regionCode = values['region-code']!;
      const user = await withDataSource(databaseUrl(), (ds) =>
        ds.transaction(async (m) => {
          const region = await ensureRegion(m, regionCode, values['region-name']!);
          const org = await ensureOrganisation(m, region, 'wsp', values.organisation ?? `Werkgeversservicepunt ${region.name}`);
          const account = await ensureAccount(m, org, { email: values.email!, password: values.password!, displayName: values.name!, role: 'admin' });
          await m.query(
            `INSERT INTO audit_event (region_id, actor_user_id, actor_role, actor_organisation_id, action, subject_type, subject_id, purpose)
             VALUES ($1, NULL, NULL, NULL, 'admin.created', 'user_account', $2, 'admin:create command')`,
            [region.id, account.id],
          );
          return account;
        }),
      );
      console.log(`Admin ${user.email} is ready in region "${regionCode}".`);
      return;
    }
    case 'demo:seed': {
      const keys = parseDataKeys(process.env.ENCRYPTION_KEYS ?? '');
      const logins = await withDataSource(databaseUrl(), (ds) => seedDemo(ds, keys ? new DataCipher(keys) : undefined));
      if (keys) await withDataSource(databaseUrl(), (ds) => seedDemoProgramme(ds, new DataCipher(keys)));
      console.log(`Seeded ${logins.length} demo accounts${keys ? ' and the demo youths' : ' (no youths: ENCRYPTION_KEYS is not set)'}.`);
      return;
    }
    case 'monitoring:csv': {
      const { values } = parseArgs({ args: rest, options: { programme: { type: 'string' }, region: { type: 'string' }, snapshot: { type: 'string', default: 'latest' } } });
      if (!values.programme) throw new Error('monitoring:csv needs --programme "<name>", e.g. --programme "Zomerbanen 2027"');
      process.stdout.write(await withDataSource(databaseUrl(), (ds) => monitoringCsvText(ds, { programme: values.programme!, region: values.region ?? null, snapshot: values.snapshot! })));
      return;
    }
    case 'openapi':
      process.stdout.write(await openApiDocumentJson());
      return;
    case 'demo':
      await runDemo();
      return;
    default:
      console.log(USAGE);
      if (command && command !== 'help') process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`\n${err instanceof Error ? err.message : String(err)}\n\n`);
  process.exit(1);
});
