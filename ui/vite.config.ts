import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { bundleBudget } from './build/budget.ts';
import { withoutInlineFonts } from './build/graphiql.ts';
import { compactCatalogues } from './build/catalogues.ts';

// The api serves the build from its web root; the dev server passes API calls on to a running app.
const api = process.env.FORBEDRING_API ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [svelte(), withoutInlineFonts(), compactCatalogues(), bundleBudget()],
  build: {
    outDir: fileURLToPath(new URL('../api/Forbedring.Api/wwwroot', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // No polyfill: every supported browser preloads modules itself, and it would add script.
    modulePreload: { polyfill: false },
    // Nothing inlined into index.html: the content security policy allows no inline script or style.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // GraphiQL's one script is about 820 KB (260 KB gzipped); the app's budget is checked by bundleBudget.
    chunkSizeWarningLimit: 1000,
    // Two pages: the app, and GraphiQL (served at /graphiql, not counted in the app's budget).
    rollupOptions: {
      input: {
        app: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
      // GraphiQL's React packages mark themselves "use client", which means nothing without a server renderer.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/api': api,
      '/health': api,
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
