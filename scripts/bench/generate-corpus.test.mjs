import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBriefingDirs, loadBriefingDir } from '../../src/data/node/load-briefing';
import { EN_MARK, ZH_MARK, generateCorpus, repoRoot } from './generate-corpus.mjs';

const tmp = mkdtempSync(path.join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under data/ with its size and mtime, to prove the generator left it alone. */
function dataSnapshot() {
  const out = {};
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else out[path.relative(repoRoot, abs)] = readFileSync(abs, 'utf8');
    }
  };
  walk(path.join(repoRoot, 'data'));
  return out;
}

describe('generate-corpus (synthetic briefings for benchmarks)', () => {
  it('writes 10 briefings that each pass loadBriefingDir, all marked synthetic, none in data/', () => {
    const before = dataSnapshot();
    const out = path.join(tmp, 'corpus-10');
    const dirs = generateCorpus({ scale: 10, outDir: out });
    expect(dirs).toHaveLength(10);
    expect(listBriefingDirs(out)).toHaveLength(10);

    const ids = new Set();
    for (const dir of dirs) {
      const { bundle, problems } = loadBriefingDir(dir);
      expect(problems, dir).toEqual([]);
      expect(bundle).toBeDefined();
      ids.add(bundle.briefing.id);
      // Visibly synthetic, in both languages, wherever a reader looks.
      expect(bundle.briefing.title.zh.startsWith(ZH_MARK)).toBe(true);
      expect(bundle.briefing.title.en.startsWith(EN_MARK)).toBe(true);
      for (const p of bundle.source.paragraphs) expect(p.text.startsWith(ZH_MARK)).toBe(true);
      for (const v of bundle.viewpoints) expect(v.en.startsWith(EN_MARK)).toBe(true);
      for (const s of bundle.speakers) expect(s.name.zh.startsWith(ZH_MARK)).toBe(true);
      for (const p of bundle.places) expect(p.name.en.startsWith(EN_MARK)).toBe(true);
      for (const l of bundle.links) expect(l.label.zh.startsWith(ZH_MARK)).toBe(true);
      // Generated links are background links that say they are synthetic.
      const extra = bundle.links.filter((l) => l.id.startsWith('synthetic-link-'));
      expect(extra.length).toBeGreaterThan(0);
      for (const l of extra) expect(l.source?.en.startsWith(EN_MARK)).toBe(true);
      // Places stay within China's bounding box (except the one abroad, kept as is).
      for (const p of bundle.places) {
        if (!p.coordinates || !p.region) continue;
        const [lng, lat] = p.coordinates;
        expect(lng).toBeGreaterThanOrEqual(74);
        expect(lng).toBeLessThanOrEqual(134);
        expect(lat).toBeGreaterThanOrEqual(18.5);
        expect(lat).toBeLessThanOrEqual(53);
      }
    }
    expect(ids.size).toBe(10);
    expect(dataSnapshot()).toEqual(before);
  });

  it('is deterministic: the same seed gives the same corpus', () => {
    const a = generateCorpus({ scale: 2, outDir: path.join(tmp, 'a') });
    const b = generateCorpus({ scale: 2, outDir: path.join(tmp, 'b') });
    const read = (dir) => readFileSync(path.join(dir, 'places.json'), 'utf8');
    expect(read(a[1])).toBe(read(b[1]));
    expect(read(a[0])).not.toBe(read(a[1]));
  });

  it('refuses to write under data/', () => {
    expect(() => generateCorpus({ scale: 1, outDir: 'data/briefings/x' })).toThrow(/data\//);
  });

  it('runs from the command line with --scale and --out', () => {
    const out = path.join(tmp, 'cli');
    const log = execFileSync(
      process.execPath,
      ['scripts/bench/generate-corpus.mjs', '--scale', '2', '--out', out],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(log).toMatch(/wrote 2 synthetic briefings/);
    expect(listBriefingDirs(out)).toHaveLength(2);
  });
});
