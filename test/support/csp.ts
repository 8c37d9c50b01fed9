import { createHash } from 'node:crypto';

/**
 * Just enough of Content-Security-Policy level 3 to tell whether a page as served may load what
 * its HTML refers to: source lists with 'none', 'self', schemes, origins, hashes, 'unsafe-inline'
 * and 'unsafe-hashes', each fetch directive falling back to default-src.
 */
export type Policy = Map<string, string[]>;

export function parsePolicy(header: string): Policy {
  const policy: Policy = new Map();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name)) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** What a page refers to: a URL to fetch, inline text, or the target of `<base href>`. */
export type Reference =
  | { kind: 'url'; directive: string; url: string; what: string }
  | { kind: 'inline'; directive: 'script-src' | 'style-src'; text: string; what: string }
  | { kind: 'attribute'; directive: 'style-src'; text: string; what: string };

function sources(policy: Policy, directive: string): string[] | undefined {
  if (directive === 'base-uri' || directive === 'form-action' || directive === 'frame-ancestors') return policy.get(directive);
  return policy.get(directive) ?? policy.get('default-src');
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Whether `ref` on a page at `pageUrl` is allowed by `policy` (undefined directive: no restriction). */
export function allows(policy: Policy, ref: Reference, pageUrl: string): boolean {
  const list = sources(policy, ref.directive);
  if (list === undefined) return true;
  if (list.includes("'none'")) return false;
  if (ref.kind === 'url') {
    const url = new URL(ref.url, pageUrl);
    const page = new URL(pageUrl);
    return list.some((s) => (s === "'self'" && url.origin === page.origin) || (s.endsWith(':') && url.protocol === s) || (/^https?:\/\//.test(s) && url.origin === new URL(s).origin));
  }
  const hashed = list.some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));
  if (list.includes(sha256(ref.text)) && (ref.kind === 'inline' || list.includes("'unsafe-hashes'"))) return true;
  // A hash or nonce in the list switches 'unsafe-inline' off.
  return !hashed && list.includes("'unsafe-inline'");
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/**
 * What an HTML page refers to, read the way a browser would for these pages: scripts (a JSON
 * data block is never run), stylesheets, icons, images, `<style>` blocks, `style` attributes,
 * and `<base href>`; URLs resolved against the base.
 */
export function references(html: string, pageUrl: string): { base: string; refs: Reference[] } {
  const baseHref = /<base\s[^>]*>/i.exec(html)?.[0];
  const base = baseHref ? new URL(attr(baseHref, 'href')!, pageUrl).href : pageUrl;
  const refs: Reference[] = [];
  if (baseHref) refs.push({ kind: 'url', directive: 'base-uri', url: base, what: '<base href>' });
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(m[0], 'src');
    const type = attr(m[0], 'type')?.toLowerCase();
    if (src) refs.push({ kind: 'url', directive: 'script-src', url: new URL(src, base).href, what: `<script src="${src}">` });
    else if (type && !/javascript|module/.test(type)) continue;
    else if (m[2]!.trim()) refs.push({ kind: 'inline', directive: 'script-src', text: m[2]!, what: 'inline <script>' });
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(m[0], 'rel')?.toLowerCase() ?? '';
    const href = attr(m[0], 'href');
    if (!href) continue;
    const directive = rel.includes('stylesheet') ? 'style-src' : rel.includes('icon') ? 'img-src' : rel.includes('manifest') ? 'manifest-src' : undefined;
    if (directive) refs.push({ kind: 'url', directive, url: new URL(href, base).href, what: `<link rel="${rel}" href="${href}">` });
  }
  for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = attr(m[0], 'src');
    if (src) refs.push({ kind: 'url', directive: 'img-src', url: new URL(src, base).href, what: `<img src="${src}">` });
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) refs.push({ kind: 'inline', directive: 'style-src', text: m[1]!, what: 'inline <style>' });
  for (const m of html.matchAll(/<[a-z][^>]*?\sstyle\s*=\s*"([^"]*)"/gi)) refs.push({ kind: 'attribute', directive: 'style-src', text: m[1]!, what: `style="${m[1]!.slice(0, 40)}"` });
  return { base, refs };
}

/** The url(...) references of a stylesheet (fonts in @font-face, images elsewhere). */
export function stylesheetUrls(css: string, sheetUrl: string): Reference[] {
  const refs: Reference[] = [];
  const fontFaces = [...css.matchAll(/@font-face\s*{[^}]*}/gi)].map((m) => m[0]).join('\n');
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/gi)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (!raw || raw.startsWith('#')) continue;
    const directive = fontFaces.includes(m[0]) ? 'font-src' : 'img-src';
    refs.push({ kind: 'url', directive, url: new URL(raw, sheetUrl).href, what: `url(${raw.slice(0, 40)}) in ${new URL(sheetUrl).pathname}` });
  }
  return refs;
}
