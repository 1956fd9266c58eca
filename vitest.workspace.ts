import type { TestProjectConfiguration } from 'vitest/config';

/**
 * Every test project of the monorepo. Vitest 4 ignores a workspace file on its
 * own, so vitest.config.ts imports this list as `test.projects`.
 * Node projects resolve our packages to their TypeScript source through the
 * `@kopa/source` export condition (ssr.resolve.conditions in Vitest's Node runner).
 */
const source = { ssr: { resolve: { conditions: ['@kopa/source'] } }, resolve: { conditions: ['@kopa/source'] } };

const nodeProject = (name: string, root: string, extra: { testTimeout?: number; hookTimeout?: number } = {}) =>
  ({
    ...source,
    test: {
      name,
      root,
      environment: 'node',
      include: ['test/**/*.test.ts'],
      testTimeout: extra.testTimeout ?? 20_000,
      hookTimeout: extra.hookTimeout ?? 30_000,
    },
  }) satisfies TestProjectConfiguration;

export default [
  nodeProject('protocol', 'packages/protocol'),
  nodeProject('i18n', 'packages/i18n'),
  nodeProject('editor', 'packages/editor'),
  nodeProject('yjs-structure', 'packages/yjs-structure'),
  nodeProject('board', 'packages/board', { testTimeout: 60_000 }),
  nodeProject('render', 'packages/render'),
  nodeProject('server', 'apps/server', { testTimeout: 60_000, hookTimeout: 60_000 }),
  // Pure logic of the web app (no DOM): src/**/*.test.ts next to the code it tests; test/ reads the sources
  // themselves (the catalog checks), which is Node's work, not the app's.
  { ...source, test: { name: 'web', root: 'apps/web', environment: 'node', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
  {
    ...source,
    test: {
      name: 'e2e',
      root: 'apps/web',
      environment: 'node',
      include: ['e2e/**/*.test.ts'],
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // One browser at a time: two cores, and each test starts its own server.
      fileParallelism: false,
    },
  },
] satisfies TestProjectConfiguration[];
