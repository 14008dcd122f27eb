import type { Bundle } from './schema';

type Issue = { path: readonly PropertyKey[]; message: string };
type Schemas = Pick<typeof import('./schema'), 'bundle' | 'oversizedStrings'>;

export type CheckResult = { ok: true; bundle: Bundle } | { ok: false; problems: string };

/** At most this many problems are listed: the first ones tell what is wrong. */
const SHOWN = 8;

function describe(issues: Issue[]): string {
  const lines = issues
    .slice(0, SHOWN)
    .map((i) => `$.${i.path.map(String).join('.')}: ${i.message}`);
  if (issues.length > SHOWN) lines.push(`… and ${issues.length - SHOWN} more`);
  return lines.join('\n');
}

/** The served bundle checked with the build's schemas, problems named field by field. */
export function checkWith(json: unknown, { bundle, oversizedStrings }: Schemas): CheckResult {
  const oversized = oversizedStrings(json);
  if (oversized.length) return { ok: false, problems: describe(oversized) };
  const result = bundle.safeParse(json);
  if (!result.success) return { ok: false, problems: describe(result.error.issues) };
  return { ok: true, bundle: result.data };
}
