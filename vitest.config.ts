import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // electron-store imports electron; inlining it lets vi.mock('electron') reach it.
    server: { deps: { inline: ['electron-store'] } },
  },
});
