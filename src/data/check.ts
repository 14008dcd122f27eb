import type { z } from 'zod';
import { crossCheck } from './cross-checks.ts';
import { formatProblems, jsonPath, type Problem } from './problems.ts';
import { briefingFiles, oversizedStrings, regionsFile, type Bundle } from './schema.ts';

export { formatProblems, jsonPath, type Problem };

export type BriefingFileName = keyof typeof briefingFiles;
export const briefingFileNames = Object.keys(briefingFiles) as BriefingFileName[];

export interface CheckOptions {
  /** Folder of the briefing relative to the repo root, prefixed to every file name reported. */
  dir?: string;
  /** How to name the regions file in problems. */
  regionsFile?: string;
  /** The source .txt, when available, to prove each paragraph is its source lines verbatim. */
  sourceText?: string;
}

export interface CheckResult {
  /** Present only when there are no problems. */
  bundle?: Bundle;
  problems: Problem[];
}

// Zod's generic "Too small" says nothing about why an empty evidence list matters.
const customMessage: z.core.$ZodErrorMap = (issue) => {
  const last = issue.path?.at(-1);
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  if (last === 'evidence' && missing)
    return 'has no evidence list: give the quotes that say it ([] only for a background link)';
  if (last === 'basis' && issue.input === undefined)
    return 'has no basis: "stated" (a quote of the briefing says it) or "background" (with its source)';
  return undefined;
};

function parseWith<T>(
  schema: z.ZodType<T>,
  data: unknown,
  file: string,
  problems: Problem[],
): T | undefined {
  const oversized = oversizedStrings(data);
  if (oversized.length) {
    for (const o of oversized) problems.push({ file, path: jsonPath(o.path), message: o.message });
    return undefined;
  }
  const result = schema.safeParse(data, { error: customMessage });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, path: jsonPath(issue.path), message: issue.message });
  }
  return undefined;
}

/**
 * Parses every file of one briefing with its schema, then checks the files against each other
 * and the regions. Cross-file checks run only once every file parses, since they need all of them.
 */
export function checkBriefing(
  files: Record<string, unknown>,
  regions: unknown,
  opts: CheckOptions = {},
): CheckResult {
  const problems: Problem[] = [];
  const fileName = (name: string) => (opts.dir ? `${opts.dir}/${name}` : name);
  const regionsName = opts.regionsFile ?? 'data/regions.json';

  const parse = <K extends BriefingFileName>(name: K) => {
    if (!(name in files)) {
      problems.push({ file: fileName(name), path: '$', message: 'file is missing' });
      return undefined;
    }
    const schema = briefingFiles[name] as unknown as z.ZodType<z.infer<(typeof briefingFiles)[K]>>;
    return parseWith(schema, files[name], fileName(name), problems);
  };

  const regionList = parseWith(regionsFile, regions, regionsName, problems)?.regions;
  const source = parse('source/paragraphs.json');
  const briefing = parse('briefing.json');
  const speakers = parse('speakers.json')?.speakers;
  const viewpoints = parse('viewpoints.json')?.viewpoints;
  const places = parse('places.json')?.places;
  const linksFile = parse('links.json');
  const mentions = parse('mentions.json')?.mentions;

  if (
    !regionList ||
    !source ||
    !briefing ||
    !speakers ||
    !viewpoints ||
    !places ||
    !linksFile ||
    !mentions
  ) {
    return { problems };
  }

  const parsed: Bundle = {
    regions: regionList,
    source,
    briefing,
    speakers,
    viewpoints,
    places,
    kinds: linksFile.kinds,
    links: linksFile.links,
    mentions,
  };
  problems.push(
    ...crossCheck(parsed, { file: fileName, regionsFile: regionsName }, opts.sourceText),
  );
  return problems.length ? { problems } : { bundle: parsed, problems };
}
