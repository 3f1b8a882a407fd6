import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the stack's screens server at its root, beside its `/graphql` and `/demo-token`.
export default defineConfig({
  plugins: [react()],
  // One bundle: a development tool loaded once from loopback gains nothing from splitting it.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
});
