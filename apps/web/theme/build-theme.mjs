// Writes the Startbaan theme (apps/web/public/theme/tokens.css): a design-token file of the
// same shape as the NL Design System "voorbeeld" theme, on the class `startbaan-theme`, with
// Startbaan's own palette and type. The portal's components read only these tokens, so a
// municipality swaps this one file (or sets PORTAL_THEME_CSS) for its house style.
// Run: npm run web:theme
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'), 'utf8');

/** The voorbeeld palette's accent (violet) becomes Startbaan's green-blue; every step keeps the contrast of the one it replaces. */
const PALETTE = {
  'violet-700': '#00201d',
  'violet-600': '#00433d',
  'violet-500': '#005c54',
  'violet-400': '#00756b',
  'violet-300': '#86d3c8',
  'violet-200': '#c3ebe5',
  'violet-100': '#e1f5f2',
  'violet-50': '#f4fbfa',
};
const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/**
 * Startbaan's own choices on top of the shape: sans-serif headings (plain and friendly on a
 * phone), and the document, page and header tokens the Utrecht page components read, which the
 * voorbeeld set leaves open, with room that suits a small screen.
 */
const OWN = {
  '--basis-text-font-family-default': SANS,
  '--basis-heading-font-family': SANS,
  '--utrecht-document-font-family': 'var(--basis-text-font-family-default)',
  '--utrecht-document-font-size': 'var(--basis-text-font-size-md)',
  '--utrecht-document-line-height': 'var(--basis-text-line-height-md)',
  '--utrecht-document-color': 'var(--basis-color-default-color-document)',
  '--utrecht-document-background-color': 'var(--basis-color-default-bg-document)',
  '--utrecht-page-max-inline-size': '64rem',
  '--utrecht-page-padding-inline-start': '0px',
  '--utrecht-page-padding-inline-end': '0px',
  '--utrecht-page-content-padding-block-start': 'var(--basis-space-block-2xl)',
  '--utrecht-page-content-padding-block-end': 'var(--basis-space-block-5xl)',
  '--utrecht-page-header-content-max-inline-size': '64rem',
  '--utrecht-page-header-content-padding-inline': 'var(--basis-space-inline-xl)',
  '--utrecht-page-header-content-padding-block-start': 'var(--basis-space-block-lg)',
  '--utrecht-page-header-content-padding-block-end': 'var(--basis-space-block-lg)',
  '--utrecht-page-header-border-block-end-width': 'var(--basis-border-width-md)',
  '--utrecht-page-header-border-block-end-color': 'var(--basis-color-accent-1-border-default)',
  '--utrecht-page-body-content-padding-inline': 'var(--basis-space-inline-xl)',
  '--utrecht-page-body-content-padding-block-start': 'var(--basis-space-block-2xl)',
  '--utrecht-page-body-content-padding-block-end': 'var(--basis-space-block-5xl)',
  // Headings that fit a phone: a page title on two lines at most, section titles a step down.
  '--utrecht-heading-1-font-size': 'var(--basis-text-font-size-2xl)',
  '--utrecht-heading-2-font-size': 'var(--basis-text-font-size-xl)',
  '--utrecht-heading-3-font-size': 'var(--basis-text-font-size-lg)',
  '--utrecht-data-list-item-key-font-weight': 'var(--basis-text-font-weight-bold)',
  '--utrecht-data-list-margin-block-end': 'var(--basis-space-block-2xl)',
  // Components keep their own margins (headings, paragraphs, form fields): the Utrecht switch for it.
  '--utrecht-space-around': '1',
  '--utrecht-form-field-margin-block-end': 'var(--basis-space-block-3xl)',
  '--utrecht-form-field-label-margin-block-end': 'var(--basis-space-block-sm)',
  '--utrecht-form-fieldset-margin-block-end': 'var(--basis-space-block-3xl)',
  '--utrecht-form-fieldset-legend-font-family': 'var(--basis-text-font-family-default)',
  '--utrecht-form-fieldset-legend-font-size': 'var(--basis-text-font-size-md)',
  '--utrecht-form-fieldset-legend-font-weight': 'var(--basis-text-font-weight-bold)',
  '--utrecht-form-fieldset-legend-line-height': 'var(--basis-text-line-height-md)',
  '--utrecht-form-fieldset-legend-margin-block-end': 'var(--basis-space-block-sm)',
  '--utrecht-page-footer-content-padding-inline': 'var(--basis-space-inline-xl)',
  '--utrecht-page-footer-content-padding-block-start': 'var(--basis-space-block-3xl)',
  '--utrecht-page-footer-content-padding-block-end': 'var(--basis-space-block-3xl)',
};

/** Token families of the Utrecht components and the basis they build on; other libraries' families are left out. */
const KEEP = /^\s*--(utrecht|basis|nl|voorbeeld)-/;

const lines = source.split('\n');
const body = lines
  .filter((l) => KEEP.test(l))
  .map((l) => l.replace(/--voorbeeld-kleuren-/g, '--startbaan-kleuren-'))
  .map((l) => {
    const m = /^(\s*--startbaan-kleuren-)([a-z]+-\d+)(:\s*)([^;]+);/.exec(l);
    return m && PALETTE[m[2]] ? `${m[1]}${m[2]}${m[3]}${PALETTE[m[2]]};` : l;
  })
  .map((l) => l.replace(/--startbaan-kleuren-violet-/g, '--startbaan-kleuren-zeegroen-'))
  .filter((l) => !Object.keys(OWN).includes(l.trim().split(':')[0]))
  .concat(Object.entries(OWN).map(([k, v]) => `  ${k}: ${v};`));

const header = `/**
 * Startbaan theme: NL Design System design tokens (the shape of @nl-design-system-unstable/voorbeeld-design-tokens,
 * EUPL-1.2), with Startbaan's palette and system fonts. Made by apps/web/theme/build-theme.mjs (npm run web:theme).
 * A municipality replaces this file with its own theme whose tokens sit on .startbaan-theme (or sets PORTAL_THEME_CSS).
 */
`;
const out = `${header}\n.startbaan-theme {\n${body.join('\n')}\n}\n`;
writeFileSync(new URL('../public/theme/tokens.css', import.meta.url), out);
process.stdout.write(`Wrote apps/web/public/theme/tokens.css (${body.length} tokens)\n`);
