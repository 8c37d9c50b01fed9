import { api, unwrap } from '../../api/client';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Any JSON as nested definition lists and tables: readable without a program, printable as it is. */
function render(value: unknown): string {
  if (value === null || value === undefined || value === '') return '<span class="none">—</span>';
  if (Array.isArray(value)) {
    if (!value.length) return '<span class="none">—</span>';
    if (value.every((v) => typeof v !== 'object' || v === null)) return esc(value.map(String).join(', '));
    return `<ol>${value.map((v) => `<li>${render(v)}</li>`).join('')}</ol>`;
  }
  if (typeof value === 'object') return `<dl>${Object.entries(value as Record<string, unknown>).map(([k, v]) => `<dt>${esc(words(k))}</dt><dd>${render(v)}</dd>`).join('')}</dl>`;
  return esc(String(value));
}

export function exportHtml(data: Record<string, unknown>, name: string, lang: 'nl' | 'en'): string {
  const title = lang === 'en' ? `Everything Startbaan keeps about ${name}` : `Alles wat Startbaan bewaart over ${name}`;
  const sections = Object.entries(data)
    .map(([k, v]) => `<section><h2>${esc(words(k))}</h2>${render(v)}</section>`)
    .join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem}dt{font-weight:600}dd{margin:0 0 .5rem 1rem}.none{color:#666}section{border-top:1px solid #ccc}</style></head>
<body><h1>${esc(title)}</h1>${sections}</body></html>`;
}

/** The AVG export, as the API gives it (JSON) or as a page to read (HTML), saved as a file. */
export async function downloadExport(id: string, name: string, format: 'json' | 'html', lang: 'nl' | 'en'): Promise<void> {
  const data = unwrap(await api.GET('/youths/{id}/export', { params: { path: { id } } })) as Record<string, unknown>;
  const body = format === 'json' ? JSON.stringify(data, null, 2) : exportHtml(data, name, lang);
  const blob = new Blob([body], { type: format === 'json' ? 'application/json' : 'text/html' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `startbaan-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
