import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * People read a problem's `text`, in their language; `detail` stays in English for programs and
 * logs (the API's problem schema). No portal source reads `detail`, so no page can show it. Read
 * as text: the root tsconfig leaves apps/web/src out, so the sources are not imported.
 */
const SRC = new URL('../src/', import.meta.url).pathname;

/**
 * Where `detail` belongs: the generated API types, and the client that declares the problem and
 * keeps `detail` as the message of its Error (for logs, never rendered).
 */
const ALLOWED = new Set(['api/schema.d.ts', 'api/client.ts']);

/** `x.detail`, `x?.detail`, `x['detail']` and `{ detail } = x`: each a way to read it. */
const READS_DETAIL = /\??\.detail\b|\[\s*(['"`])detail\1\s*\]|\{[^{}]*\bdetail\b[^{}]*\}\s*=(?!=)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

function detailReads(path: string, code: string): string[] {
  return code.split('\n').flatMap((line, i) => (READS_DETAIL.test(line) ? [`${path}:${i + 1}: ${line.trim().slice(0, 160)}`] : []));
}

describe("the portal and a problem's detail", () => {
  it('never shows `detail`: every page reads the problem\'s `text`', () => {
    const found = sources(SRC)
      .map((full) => relative(SRC, full).split('\\').join('/'))
      .filter((path) => !ALLOWED.has(path))
      .flatMap((path) => detailReads(path, readFileSync(join(SRC, path), 'utf8')));
    expect(found).toEqual([]);
  });

  it('reads the portal and finds what it looks for', () => {
    const paths = sources(SRC).map((full) => relative(SRC, full));
    expect(paths.filter((p) => p.endsWith('.tsx')).length).toBeGreaterThan(30);
    expect(readFileSync(join(SRC, 'api', 'client.ts'), 'utf8')).toMatch(/export function problemText\(/);
    for (const read of ["err.problem.detail ?? t('common.error')", 'save.error?.problem?.detail', "problem['detail']", 'const { detail, title } = err.problem;'])
      expect(detailReads('x.tsx', read)).toHaveLength(1);
    for (const fine of ['problemText(err, t("common.error"))', 'const details = x.details;', 'if (a.detail2 === b) {}', "{ detail } === x"]) expect(detailReads('x.tsx', fine)).toEqual([]);
  });
});
