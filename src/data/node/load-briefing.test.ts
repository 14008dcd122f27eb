/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBriefingDirs, loadBriefingDir, repoRoot } from './load-briefing';
import { realDir } from '../test-helpers';

const fixtureDir = 'src/data/fixtures/second-briefing';
const temps: string[] = [];

/** A throwaway copy of the real briefing folder, outside the repo. */
function tempCopy(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'briefing-')), 'copy');
  cpSync(path.join(repoRoot, realDir), dir, { recursive: true });
  temps.push(path.dirname(dir));
  return dir;
}

function dataCheck(...dirs: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', ...dirs], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadBriefingDir', () => {
  it('loads the real briefing with zero problems and file names relative to the repo', () => {
    const { bundle, problems } = loadBriefingDir(realDir);
    expect(problems).toEqual([]);
    expect(bundle?.source.paragraphs).toHaveLength(24);
  });

  it('names a UTF-8 byte order mark at the start of a file as the cause', () => {
    const dir = tempCopy();
    const file = path.join(dir, 'speakers.json');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    const { problems } = loadBriefingDir(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/speakers\.json$/);
    expect(problems[0]!.message).toMatch(/byte order mark.*line 1, column 1/);
  });

  it('names a truncated JSON file and where it ends', () => {
    const dir = tempCopy();
    const file = path.join(dir, 'viewpoints.json');
    writeFileSync(file, '{\n  "viewpoints": [');
    expect(loadBriefingDir(dir)).toEqual({
      problems: [
        {
          file,
          path: '$',
          message: 'is not valid JSON: Unexpected end of JSON input (line 2, column 18)',
        },
      ],
    });
  });

  it('names a missing file', () => {
    const dir = tempCopy();
    unlinkSync(path.join(dir, 'mentions.json'));
    expect(loadBriefingDir(dir).problems).toEqual([
      { file: path.join(dir, 'mentions.json'), path: '$', message: 'file is missing' },
    ]);
  });

  it('proves each paragraph against the source text it names', () => {
    const dir = tempCopy();
    const source = path.join(dir, 'source/pujiang-2023-brief-07.txt');
    writeFileSync(source, readFileSync(source, 'utf8').replace('王芾祥', '王茤祥'));
    expect(loadBriefingDir(dir).problems).toEqual([
      {
        file: path.join(dir, 'source/paragraphs.json'),
        path: '$.paragraphs[11].text',
        message: 'differs from source lines 25',
      },
    ]);
  });

  it('lists every briefing folder under data/briefings', () => {
    expect(listBriefingDirs()).toContain(realDir);
  });
});

describe('a second briefing of the series', () => {
  it('needs only a new data folder: it loads with zero problems', () => {
    const { bundle, problems } = loadBriefingDir(fixtureDir);
    expect(problems).toEqual([]);
    expect(bundle?.briefing.id).toBe('fixture-second-briefing');
  });

  it('passes `npm run data:check` on its own', () => {
    const run = dataCheck(fixtureDir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'data:check ok — fixture-second-briefing: 3 paragraphs, 1 speakers, 1 viewpoints, 1 places, 1 links, 2 mentions\n',
    );
    expect(run.status).toBe(0);
  });
});

describe('npm run data:check', () => {
  it('fails on a copy of the second briefing whose links break the basis rule', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'briefing-')), 'copy');
    cpSync(path.join(repoRoot, fixtureDir), dir, { recursive: true });
    temps.push(path.dirname(dir));
    const file = path.join(dir, 'links.json');
    const links = JSON.parse(readFileSync(file, 'utf8'));
    const stated = links.links[0];
    links.links.push(
      { ...stated, id: 'stated-without-quote', evidence: [] },
      { ...stated, id: 'background-without-source', basis: 'background' },
    );
    writeFileSync(file, JSON.stringify(links));
    const run = dataCheck(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${file} $.links[1].evidence: is stated but has no evidence quote`,
    );
    expect(run.stderr).toContain(`${file} $.links[2].source: is background but names no source`);
    expect(run.stderr).toContain('data:check failed: 2 problems');
  });

  it('exits 1 and prints every problem of a broken folder', () => {
    const dir = tempCopy();
    writeFileSync(path.join(dir, 'links.json'), '{ "kinds": [], ');
    const run = dataCheck(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${path.join(dir, 'links.json')} $: is not valid JSON`);
    expect(run.stderr).toContain('data:check failed: 1 problem');
  });
});
