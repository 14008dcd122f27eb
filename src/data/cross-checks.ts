import { indexBundle, type FileNames, type Report } from './check-context.ts';
import { checkCoverage, checkSourceLines } from './coverage-checks.ts';
import { checkIds } from './id-checks.ts';
import type { Problem } from './problems.ts';
import type { Bundle } from './schema.ts';
import { checkBriefingRefs, checkPlacesAndLinks, checkViewpoints } from './reference-checks.ts';

export type { FileNames, Report };

/** Every check that needs more than one file. */
export function crossCheck(b: Bundle, names: FileNames, sourceText?: string): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (file, path, message) => problems.push({ file, path, message });
  const idx = indexBundle(b);
  checkIds(b, names, report);
  checkBriefingRefs(b, idx, names, report);
  checkViewpoints(b, idx, names, report);
  checkPlacesAndLinks(b, idx, names, report);
  checkCoverage(b, names, report);
  if (sourceText !== undefined) checkSourceLines(b, sourceText, names, report);
  return problems;
}
