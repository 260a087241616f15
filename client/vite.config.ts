/**
 * Builds the explorer into client/dist, which the API server serves at / (with /graphql on the
 * same origin). The client imports the domain model from server/domain: pure TypeScript, so the
 * colours, shapes and captions are never declared twice.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape and its layouts are one ~600 kB chunk the canvas cannot start without;
    // splitting it would only add a request. dagre is loaded on demand.
    chunkSizeWarningLimit: 900,
  },
});
