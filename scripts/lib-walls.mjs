/**
 * The walls between the libs, checked on every `npm run lint`:
 *
 * - code reaches another lib only through its entry point, `@startbaan/<lib>`, or one of the
 *   named subpaths listed in tsconfig.json's `paths` (pure code such as `@startbaan/employers/rules`);
 *   a relative path into another lib (`../../employers/src/...`) or an unlisted subpath fails;
 * - apps, tests and benchmarks follow the same rule (they may not reach into a lib's `src`);
 * - libs/platform, the ground floor, imports no other lib.
 *
 *   node scripts/lib-walls.mjs            check (exit 1 on any breach, each with file and line)
 *   node scripts/lib-walls.mjs --matrix   also print which lib imports which (files per pair)
 *   node scripts/lib-walls.mjs --root dir check another tree (the lint's own test plants a breach)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const rootAt = process.argv.indexOf('--root');
const root = rootAt > 0 ? resolve(process.argv[rootAt + 1]) : fileURLToPath(new URL('..', import.meta.url));
const SCANNED = ['apps', 'libs', 'test', 'bench'];
const SKIPPED = new Set(['node_modules', 'dist']);
// The portal is built on its own (Vite) and imports no lib.
const SKIPPED_PATHS = new Set(['apps/web']);
const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
// import … from '…', export … from '…', import '…', import('…'), jest.unstable_mockModule('…').
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|unstable_mockModule\(\s*)['"]([^'"\n]+)['"]/g;

/** The entry points other code may use: `@startbaan/<lib>` and the named subpaths, from tsconfig. */
function entryPoints() {
  const config = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  const names = Object.keys(config.compilerOptions?.paths ?? {}).filter((k) => k.startsWith('@startbaan/'));
  return { names: new Set(names), wildcards: names.filter((n) => n.includes('*')) };
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (SKIPPED.has(name) || name.startsWith('.') || SKIPPED_PATHS.has(relative(root, path).split(sep).join('/'))) continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (SOURCE.test(name)) yield path;
  }
}

/** `libs/<lib>/…` → lib; anything else → null. */
function libOf(path) {
  const parts = relative(root, path).split(sep);
  return parts[0] === 'libs' && parts.length > 2 ? parts[1] : null;
}

const { names, wildcards } = entryPoints();
const breaches = [];
const matrix = new Map();
const edge = (from, to, file) => {
  const key = `${from} → ${to}`;
  if (!matrix.has(key)) matrix.set(key, new Set());
  matrix.get(key).add(relative(root, file));
};

for (const w of wildcards) breaches.push(`tsconfig.json: paths "${w}" opens every file of a lib; name each subpath instead`);

for (const top of SCANNED) {
  let exists = true;
  try {
    statSync(join(root, top));
  } catch {
    exists = false;
  }
  if (!exists) continue;
  for (const file of files(join(root, top))) {
    const from = libOf(file);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, i) => {
      for (const [, spec] of text.matchAll(SPECIFIER)) {
        const where = `${relative(root, file)}:${i + 1}`;
        let to = null;
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          to = libOf(target);
          if (to && to !== from) breaches.push(`${where}: '${spec}' reaches into libs/${to}; import '@startbaan/${to}' (or a named subpath) instead`);
        } else if (spec.startsWith('@startbaan/')) {
          to = spec.split('/')[1];
          if (!names.has(spec)) breaches.push(`${where}: '${spec}' is not an entry point of libs/${to} (tsconfig.json paths)`);
        }
        if (!to || to === from || !from) continue;
        edge(from, to, file);
        if (from === 'platform') breaches.push(`${where}: libs/platform imports libs/${to}; platform is the ground floor and imports no other lib`);
      }
    });
  }
}

if (process.argv.includes('--matrix')) {
  console.log('lib imports (importing lib → imported lib: files)');
  for (const [key, set] of [...matrix.entries()].sort()) console.log(`  ${key}: ${set.size}`);
}
if (breaches.length) {
  console.error(`${breaches.length} breach(es) of the walls between libs:\n${breaches.map((b) => `  ${b}`).join('\n')}`);
  process.exit(1);
}
console.log('lib walls: every import across libs goes through an entry point; platform imports no other lib');
