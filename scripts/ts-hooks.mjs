/**
 * Node module hooks that run the TypeScript sources as they are, the way the Jest config does
 * (SWC, legacy decorators with metadata, ESM): `@startbaan/<lib>` is the lib's entry point and
 * a `./x.js` import from a .ts file is `./x.ts`. For scripts that need the application's
 * modules without a build (the OpenAPI document for the linter).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';

const root = new URL('../', import.meta.url);
const LIB = /^@startbaan\/([a-z]+)(\/.*)?$/;

export async function resolve(specifier, context, next) {
  const lib = LIB.exec(specifier);
  if (lib) {
    const path = lib[2] ? `${lib[2].slice(1).replace(/\.js$/, '')}.ts` : 'index.ts';
    return { url: new URL(`libs/${lib[1]}/src/${path}`, root).href, shortCircuit: true };
  }
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
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  });
  return { format: 'module', source: code, shortCircuit: true };
}
