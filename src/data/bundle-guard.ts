import type { Bundle } from './schema';
import { importWithRetry } from '../lib/lazy-with-retry';

type Issue = { path: readonly PropertyKey[]; message: string };

/** At most this many problems are listed: the first ones tell what is wrong. */
const SHOWN = 8;

function describe(issues: Issue[]): string {
  const lines = issues
    .slice(0, SHOWN)
    .map((i) => `$.${i.path.map(String).join('.')}: ${i.message}`);
  if (issues.length > SHOWN) lines.push(`… and ${issues.length - SHOWN} more`);
  return lines.join('\n');
}

/** The schemas, in their own chunk: fetched while the data downloads, off the main chunk. */
export function loadSchemas() {
  return importWithRetry(() => import('./schema'));
}

/**
 * The browser's check of the served bundle, with the same schemas the build uses
 * (schema.ts): a truncated, stale, foreign or hostile file is named, field by field, before
 * anything of it reaches the screen.
 */
export async function checkBundle(
  json: unknown,
  schemas: ReturnType<typeof loadSchemas> = loadSchemas(),
): Promise<{ ok: true; bundle: Bundle } | { ok: false; problems: string }> {
  const { bundle, oversizedStrings } = await schemas;
  const oversized = oversizedStrings(json);
  if (oversized.length) return { ok: false, problems: describe(oversized) };
  const result = bundle.safeParse(json);
  if (!result.success) return { ok: false, problems: describe(result.error.issues) };
  return { ok: true, bundle: result.data };
}
