/// <reference types="node" />
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBriefingDir, repoRoot } from './node/load-briefing';
import { realDir } from './test-helpers';
import { briefingOfId, localId, mergeBundles } from './corpus';
import { buildModel } from './model';
import type { Bundle } from './schema';

function load(dir: string): Bundle {
  const result = loadBriefingDir(
    path.join(repoRoot, dir),
    path.join(repoRoot, 'data/regions.json'),
  );
  if (!result.bundle) throw new Error(JSON.stringify(result.problems));
  return result.bundle;
}

const real = load(realDir);
const second = load('src/data/fixtures/second-briefing');
// The same briefing under another id: every one of its ids collides with the real one's.
const twin: Bundle = structuredClone(real);
twin.briefing.id = 'twin-briefing';

describe('mergeBundles', () => {
  const { bundle, corpus } = mergeBundles([real, second, twin]);
  const model = buildModel(bundle, corpus);

  it('keeps every item of every briefing, with ids that never collide', () => {
    for (const key of ['viewpoints', 'links', 'places', 'speakers', 'mentions'] as const) {
      const ids = bundle[key].map((x) => x.id);
      expect(ids.length, key).toBe(real[key].length + second[key].length + twin[key].length);
      expect(new Set(ids).size, key).toBe(ids.length);
    }
    const paragraphs = bundle.source.paragraphs.map((p) => p.id);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    const sections = bundle.briefing.sections.map((s) => s.id);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('resolves every reference inside the briefing it came from', () => {
    const paragraphs = new Set(bundle.source.paragraphs.map((p) => p.id));
    for (const v of bundle.viewpoints) {
      expect(paragraphs.has(v.paragraph), v.id).toBe(true);
      expect(model.paragraph(v.paragraph)).toContain(v.quote);
      expect(model.speaker(v.speaker), v.id).toBeDefined();
      expect(briefingOfId(v.speaker)).toBe(briefingOfId(v.id));
      const section = bundle.briefing.sections.find((s) => s.id === v.section);
      expect(
        section?.points.some((p) => p.id === v.point),
        v.id,
      ).toBe(true);
    }
    for (const l of bundle.links) {
      for (const end of [l.from, l.to, ...(l.via ?? [])]) {
        expect(model.region(end) ?? model.place(end), `${l.id} ${end}`).toBeDefined();
        if (model.place(end)) expect(briefingOfId(end)).toBe(briefingOfId(l.id));
      }
      for (const e of l.evidence) expect(model.paragraph(e.paragraph)).toContain(e.quote);
    }
    for (const m of bundle.mentions) expect(model.paragraph(m.paragraph)).toContain(m.quote);
  });

  it('tags each item with its briefing, regions and kinds stay shared', () => {
    expect(corpus.entries.map((e) => e.id)).toEqual([
      real.briefing.id,
      second.briefing.id,
      'twin-briefing',
    ]);
    const link = real.links[0]!;
    expect(corpus.of(`twin-briefing.${link.id}`)?.id).toBe('twin-briefing');
    expect(corpus.of(link.id)).toBeUndefined();
    expect(localId(`twin-briefing.${link.id}`)).toBe(link.id);
    // Three briefings about the same region: its panel lists the viewpoints of each.
    const region = real.regions[0]!.id;
    const tagged = new Set(model.viewpointsOfRegion(region).map((v) => corpus.of(v.id)?.id));
    expect(tagged).toContain(real.briefing.id);
    expect(tagged).toContain('twin-briefing');
    expect(bundle.regions).toBe(real.regions);
    expect(new Set(bundle.kinds.map((k) => k.id)).size).toBe(bundle.kinds.length);
  });

  it('gives the two issues that share a label their dates instead', () => {
    // The twin has the real one's issue number: both are told apart by date… which they share,
    // so the label is the date; the second briefing keeps its issue.
    const labels = corpus.entries.map((e) => e.label);
    expect(labels[0]).toBe(real.briefing.date);
    expect(labels[1]).toBe(`${second.briefing.issue.year}/${second.briefing.issue.number}`);
  });
});
