import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The component library is one module holding every component, each followed by a top-level
 * `Component.displayName = '…'`: a write the bundler must keep, and with it every component,
 * used or not (some 200 kB). Those lines only name components in React's developer tools, so
 * they are left out of that one file and the build keeps the components the portal imports.
 */
function componentLibraryTreeShaking(): Plugin {
  return {
    name: 'startbaan:utrecht-tree-shaking',
    transform(code, id) {
      if (!/@utrecht[\\/]component-library-react[\\/]dist[\\/]index\.mjs$/.test(id)) return null;
      return { code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = (['"])[^'"]*\1;$/gm, ''), map: null };
    },
  };
}

/**
 * A gzipped copy beside every script and stylesheet, made once at build time: the API sends it
 * to a browser that accepts gzip (apps/api/src/portal.ts), so a phone downloads about a third.
 */
function precompress(): Plugin {
  return {
    name: 'startbaan:precompress',
    apply: 'build',
    // After the bundle is written: the files on disk are the final ones (preload markers replaced).
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(fileName)) continue;
        const file = join(options.dir!, fileName);
        writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
      }
    },
  };
}

/**
 * The portal: built into dist/web and served by the API under /app (one origin, no CORS). In
 * development `npm run dev:web` serves it on :5173 and passes everything outside /app to the API
 * on :3000 (API_URL to change it), so the session cookie and the same-origin checks work as in
 * production.
 */
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [componentLibraryTreeShaking(), precompress()],
  // Lightning CSS bundles the components' stylesheets (one of them starts with an @charset that
  // PostCSS warns about in the middle of a bundle) and minifies them.
  css: { transformer: 'lightningcss' },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Fonts and images stay files: the portal's CSP allows data: for images only.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      // React Server Components' "use client" marks mean nothing in a browser-only build.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '^/(?!app(/|$)|@|src/|node_modules/).*': { target: api, changeOrigin: false } },
  },
});
