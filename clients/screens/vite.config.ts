import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the stack's screens server at its root, beside its `/graphql` and `/demo-token`.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
