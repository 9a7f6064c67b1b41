import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^server-only$/, replacement: `${root}tests/support/empty-module.ts` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        resolve: {
          // One fake request for every file (tests/integration/support/next-headers.ts).
          alias: [{ find: /^next\/headers$/, replacement: `${root}tests/integration/support/next-headers.ts` }],
        },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One worker process, one file at a time, modules shared between files: every
          // file talks to the same database through the same client (tests/integration/support/test-db.ts).
          pool: "forks",
          maxWorkers: 1,
          fileParallelism: false,
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          globalSetup: ["tests/integration/support/global-setup.ts"],
          setupFiles: ["tests/integration/support/mail-sink.ts", "tests/integration/support/request-reset.ts"],
        },
      },
    ],
  },
});
