/**
 * Node module hooks that run the TypeScript sources as they are, the way the Jest config does
 * (SWC, legacy decorators with metadata, ESM): `@startbaan/<lib>` and its named subpaths are
 * what tsconfig.json's paths say, and a `./x.js` import from a .ts file is `./x.ts`. For scripts that need the application's
 * modules without a build (the OpenAPI document for the linter).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';

const root = new URL('../', import.meta.url);
// `@startbaan/<lib>` and the named subpaths, as tsconfig.json's paths list them (as the build and Jest read them).
const { paths } = JSON.parse(readFileSync(new URL('tsconfig.json', root), 'utf8')).compilerOptions;

export async function resolve(specifier, context, next) {
  const entry = paths[specifier];
  if (entry) return { url: new URL(entry[0], root).href, shortCircuit: true };
  if (context.parentURL?.endsWith('.ts') && /^\.{1,2}\//.test(specifier) && specifier.endsWith('.js')) {
    const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(ts))) return { url: ts.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const filename = fileURLToPath(url);
  const { code } = await transform(await readFile(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
      // `with { type: 'json' }`: Node loads JSON modules only when told they are JSON.
      experimental: { keepImportAttributes: true },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  });
  return { format: 'module', source: code, shortCircuit: true };
}
