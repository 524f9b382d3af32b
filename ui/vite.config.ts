import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { bundleBudget } from './build/budget.ts';

// The api serves the build from its web root; the dev server passes API calls on to a running app.
const api = process.env.FORBEDRING_API ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [svelte(), bundleBudget()],
  build: {
    outDir: fileURLToPath(new URL('../api/Forbedring.Api/wwwroot', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // No polyfill: every supported browser preloads modules itself, and it would add script.
    modulePreload: { polyfill: false },
    // Nothing inlined into index.html: the content security policy allows no inline script or style.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
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
