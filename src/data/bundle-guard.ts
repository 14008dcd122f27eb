import { importWithRetry } from '../lib/lazy-with-retry';
import { checkWith, type CheckResult } from './bundle-check';

export type { CheckResult } from './bundle-check';

/** The schemas, in their own chunk: fetched while the data downloads, off the main chunk. */
export function loadSchemas() {
  return importWithRetry(() => import('./schema'));
}

/**
 * The browser's check of the served bundle, with the same schemas the build uses
 * (schema.ts): a truncated, stale, foreign or hostile file is named, field by field, before
 * anything of it reaches the screen. Usually run in a worker (check-worker.ts); this is the
 * main thread's way, where no worker can start.
 */
export async function checkBundle(
  json: unknown,
  schemas: ReturnType<typeof loadSchemas> = loadSchemas(),
): Promise<CheckResult> {
  return checkWith(json, await schemas);
}
