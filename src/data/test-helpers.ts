/// <reference types="node" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { briefingFileNames, checkBriefing, type CheckResult, type Problem } from './check';
import { repoRoot } from './node/load-briefing';

export const realDir = 'data/briefings/pujiang-2023-07';

export type Files = Record<string, { [key: string]: unknown }>;

const readJson = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));

const real = {
  files: Object.fromEntries(
    briefingFileNames.map((name) => [name, readJson(`${realDir}/${name}`)]),
  ) as Files,
  regions: readJson('data/regions.json') as unknown,
  sourceText: readFileSync(
    path.join(repoRoot, realDir, 'source/pujiang-2023-brief-07.txt'),
    'utf8',
  ),
};

/** A deep copy of the real briefing's files, to break one thing in. */
export function realFiles(): Files {
  return structuredClone(real.files);
}

export function checkResult(files: Files = realFiles()): CheckResult {
  return checkBriefing(files, real.regions, { dir: realDir, sourceText: real.sourceText });
}

export function check(files: Files = realFiles()): Problem[] {
  return checkResult(files).problems;
}

/** Typed access to a list inside a parsed file, for tests that edit it. */
export function list<T = Record<string, unknown>>(files: Files, name: string, key: string): T[] {
  return files[name]?.[key] as T[];
}
