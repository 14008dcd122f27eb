/// <reference types="node" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { briefingFileNames, checkBriefing, type CheckResult } from '../check.ts';
import { jsonPath, type Problem } from '../problems.ts';
import { regionsFile } from '../schema.ts';

/** The repository root, so that reported file names do not depend on the working directory. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A path relative to the repo root, or absolute when it lies outside the repo (a temp copy). */
function displayPath(abs: string): string {
  const rel = path.relative(repoRoot, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

type Read = { ok: true; value: unknown; text: string } | { ok: false; problem: Problem };

function readJson(abs: string): Read {
  const file = displayPath(abs);
  if (!existsSync(abs))
    return { ok: false, problem: { file, path: '$', message: 'file is missing' } };
  const text = readFileSync(abs, 'utf8');
  if (text.startsWith('\uFEFF')) {
    const message =
      'starts with a UTF-8 byte order mark (BOM) at line 1, column 1: save it as UTF-8 without BOM';
    return { ok: false, problem: { file, path: '$', message } };
  }
  try {
    return { ok: true, value: JSON.parse(text), text };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // Node names a position for most syntax errors but not for a file cut short.
    const position = Number(/position (\d+)/.exec(reason)?.[1] ?? text.length);
    const where = lineAndColumn(text, position);
    return {
      ok: false,
      problem: { file, path: '$', message: `is not valid JSON: ${reason} (${where})` },
    };
  }
}

/**
 * Reads and checks one briefing folder. `dir` and `regionsPath` are relative to the repo root
 * (or absolute); problems name files relative to the repo root.
 */
export function loadBriefingDir(dir: string, regionsPath = 'data/regions.json'): CheckResult {
  const absDir = path.resolve(repoRoot, dir);
  const problems: Problem[] = [];
  const files: Record<string, unknown> = {};
  for (const name of briefingFileNames) {
    const read = readJson(path.join(absDir, name));
    if (read.ok) files[name] = read.value;
    else problems.push(read.problem);
  }
  const regions = readJson(path.resolve(repoRoot, regionsPath));
  if (!regions.ok) problems.push(regions.problem);
  if (problems.length) return { problems };

  const source = files['source/paragraphs.json'] as { file?: unknown } | undefined;
  const sourcePath = typeof source?.file === 'string' ? path.join(absDir, source.file) : undefined;
  if (sourcePath && !existsSync(sourcePath)) {
    problems.push({
      file: displayPath(path.join(absDir, 'source/paragraphs.json')),
      path: '$.file',
      message: `names ${displayPath(sourcePath)}, which does not exist`,
    });
  }
  const result = checkBriefing(files, regions.ok ? regions.value : undefined, {
    dir: displayPath(absDir),
    regionsFile: displayPath(path.resolve(repoRoot, regionsPath)),
    sourceText: sourcePath && existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : undefined,
  });
  problems.push(...result.problems);
  return problems.length ? { problems } : result;
}

/** Checks the regions file on its own: shared by every briefing, so reported once. */
export function checkRegionsFile(regionsPath = 'data/regions.json'): Problem[] {
  const read = readJson(path.resolve(repoRoot, regionsPath));
  if (!read.ok) return [read.problem];
  const file = displayPath(path.resolve(repoRoot, regionsPath));
  const result = regionsFile.safeParse(read.value);
  if (!result.success) {
    return result.error.issues.map((i) => ({ file, path: jsonPath(i.path), message: i.message }));
  }
  const firstAt = new Map<string, number>();
  const problems: Problem[] = [];
  result.data.regions.forEach((r, i) => {
    const first = firstAt.get(r.id);
    if (first === undefined) firstAt.set(r.id, i);
    else {
      const message = `duplicate id "${r.id}" (first at $.regions[${first}])`;
      problems.push({ file, path: `$.regions[${i}].id`, message });
    }
  });
  return problems;
}

/** Every briefing folder under `root` (relative to the repo root), sorted. */
export function listBriefingDirs(root = 'data/briefings'): string[] {
  const absRoot = path.resolve(repoRoot, root);
  if (!existsSync(absRoot)) return [];
  return readdirSync(absRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => displayPath(path.join(absRoot, entry.name)))
    .sort();
}
