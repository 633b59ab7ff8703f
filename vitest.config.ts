import { defineConfig } from 'vitest/config'

// Every test runs on embedded PGlite. Tests that touch the database (*.db.test.ts) run again on a
// PostgreSQL server when TEST_DATABASE_URL names one (.ci/run sets it when one answers).
const serverUrl = process.env.TEST_DATABASE_URL

// Projects do not inherit the root's test options, so each gets these.
const shared = { pool: 'forks', testTimeout: 30_000, hookTimeout: 60_000 } as const

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'pglite',
          // web/e2e: the web app in a real browser (built once by web-build.ts, skipped without Chromium).
          include: ['src/**/*.test.ts', 'web/e2e/**/*.test.ts'],
          globalSetup: ['src/test/global-setup.ts', 'src/test/web-build.ts'],
          env: { NAOBER_TEST_DB: 'pglite' },
        },
      },
      ...(serverUrl
        ? [
            {
              test: {
                ...shared,
                name: 'postgres',
                include: ['src/**/*.db.test.ts'],
                globalSetup: ['src/test/global-setup.ts'],
                env: { NAOBER_TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
})
