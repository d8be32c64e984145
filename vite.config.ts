// Builds the client: the dashboard (index.html) and the researchers' playground
// (playground.html) as separate entries, so the dashboard never downloads GraphiQL.
// `npm run dev` serves it with the API proxied to a running `npm start` (port 4000).
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.PANTAU_API ?? 'http://localhost:4000';

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'client'),
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: true,
    // The playground's GraphiQL/Monaco chunk is large by nature; the dashboard's budget is
    // measured by bench/bundle-size.ts instead of this generic warning.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // GraphiQL's dependencies carry React-compiler directives that bundling drops harmlessly.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        dashboard: path.resolve(import.meta.dirname, 'client/index.html'),
        playground: path.resolve(import.meta.dirname, 'client/playground.html'),
      },
    },
  },
  // Pre-bundle from the dashboard only: scanning playground.html trips over GraphiQL's Monaco
  // worker imports, and the playground pre-bundles on first visit anyway.
  optimizeDeps: { entries: ['index.html'] },
  server: {
    // /auth: the login and logout, whose session cookie the browser then sends to the proxied API.
    proxy: Object.fromEntries(['/graphql', '/auth', '/charts', '/embed', '/api', '/report', '/playground', '/favicon.svg', '/favicon.ico', '/healthz', '/readyz'].map((p) => [p, api])),
  },
});
