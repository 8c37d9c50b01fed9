import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

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
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Fonts and images stay files: the portal's CSP allows data: for images only.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      // The component library is one module holding every component, each with a top-level
      // `Component.displayName = …` that counts as a side effect and keeps it in: writes to an
      // object nobody reads are dropped, so the build keeps only the components the portal uses.
      treeshake: { propertyWriteSideEffects: false },
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
