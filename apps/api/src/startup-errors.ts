import { ConfigError, SchemaBehindError } from '@startbaan/platform';

/** Known start-up failures get their message alone, without a stack trace; exit code 1. */
export function exitOnStartupError(err: unknown): never {
  if (err instanceof ConfigError || err instanceof SchemaBehindError) {
    process.stderr.write(`\n${err.message}\n\n`);
  } else {
    process.stderr.write(`\nStartup failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
}
