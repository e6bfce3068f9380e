/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

// Paths the ASP.NET back end serves; the dev server forwards them so the SPA
// can call the API on the same origin, exactly as in production.
const BACKEND_PATHS = ['/api', '/swagger', '/healthz', '/readyz'];

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const target = env.API_PROXY_TARGET || 'http://127.0.0.1:8080';
  const proxy = Object.fromEntries(BACKEND_PATHS.map((path) => [path, { target }]));

  return {
    plugins: [react()],
    server: { proxy },
    preview: { proxy },
    build: { outDir: 'dist', emptyOutDir: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      unstubGlobals: true,
      // The first test of a file renders the whole app in jsdom; on a busy 2-core machine that
      // alone can take longer than vitest's default 5 s.
      testTimeout: 20_000,
    },
  };
});
