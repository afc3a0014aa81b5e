import { defineConfig } from 'vitest/config';
import { fakeApi } from './src/dev/fakeApi';

// The production build lands where Spring Boot serves static resources from a jar
// (META-INF/resources), so platform-app serves index.html at "/".
// The fake API is a dev-server plugin only; it is never part of the bundle.
export default defineConfig(({ command, mode }) => ({
  base: '/',
  plugins: command === 'serve' && mode !== 'test' ? [fakeApi()] : [],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 200,
  },
  server: { port: 5173, strictPort: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
}));
