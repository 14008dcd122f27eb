import { describe, expect, it } from 'vitest';
import { loadBriefingDir } from '../data/node/load-briefing';
import { buildModel } from '../data/model';
import type { Viewpoint } from '../data/schema';
import { realDir } from '../data/test-helpers';
import { PROJECTOR, stepHeight } from './step-fit';
import {
  appAddress,
  chunkViewpoints,
  longestPresentation,
  presentationSteps,
  sameMap,
  type Step,
} from './steps';

const model = buildModel(loadBriefingDir(realDir).bundle!);
const langs = ['zh', 'en'] as const;
const deck = { zh: presentationSteps(model, 'zh'), en: presentationSteps(model, 'en') };

const caption = (v: Viewpoint, lang: 'zh' | 'en') => {
  const s = model.speaker(v.speaker)!;
  return `${s.name[lang]} · ${s.titles[0]![lang]}`;
};
const height = (step: Step, lang: 'zh' | 'en') =>
  stepHeight(
    step,
    step.viewpoints.map((v) => ({
      text: lang === 'zh' ? v.quote : v.en,
      caption: caption(v, lang),
    })),
    lang,
    !step.part ? 'whole' : step.part.index === 1 ? 'first' : 'continued',
  );
const pointOf = (step: Step) => step.id.replace(/\.\d+$/, '');

describe('presentation steps', () => {
  it.each(langs)('walk title, editor’s note, every viewpoint in order, closing (%s)', (lang) => {
    const steps = deck[lang];
    expect(steps[0]!.kind).toBe('title');
    expect(steps[1]!.kind).toBe('editor-note');
    expect(steps.at(-1)!.kind).toBe('closing');
    const shown = steps.flatMap((s) => s.viewpoints.map((v) => v.id));
    const points = model.bundle.briefing.sections.flatMap((s) => s.points.map((p) => p.id));
    const inOrder = points.flatMap((p) =>
      model.bundle.viewpoints.filter((v) => v.point === p).map((v) => v.id),
    );
    expect(shown).toEqual(inOrder);
  });

  it.each(langs)('split a point only as far as it must to fit 1024×768 (%s)', (lang) => {
    for (const step of deck[lang].filter((s) => s.kind === 'point')) {
      if (step.viewpoints.length > 1)
        expect(height(step, lang)).toBeLessThanOrEqual(PROJECTOR.height);
      if (step.part) expect(step.id).toBe(`${pointOf(step)}.${step.part.index}`);
    }
    // Parts are numbered 1/n … n/n, and two neighbouring parts would not have fitted as one.
    const steps = deck[lang];
    for (let i = 1; i < steps.length; i++) {
      const [a, b] = [steps[i - 1]!, steps[i]!];
      if (!a.part || !b.part || pointOf(a) !== pointOf(b)) continue;
      expect(b.part.index).toBe(a.part.index + 1);
      expect(b.part.count).toBe(a.part.count);
      const merged = { ...a, viewpoints: [...a.viewpoints, ...b.viewpoints] };
      expect(height(merged, lang)).toBeGreaterThan(PROJECTOR.height);
    }
  });

  it('gives English, about twice as long, at least as many steps as Chinese', () => {
    expect(deck.en.length).toBeGreaterThanOrEqual(deck.zh.length);
    expect(longestPresentation(model)).toBe(deck.en.length);
    // The longest point (six viewpoints) cannot be one screen in English.
    expect(deck.en.filter((s) => pointOf(s) === 's2-p1').length).toBeGreaterThan(1);
  });

  it('cuts a long list of viewpoints into parts that each fit', () => {
    const long = model.bundle.viewpoints.slice(0, 12);
    const frame = { heading: { zh: '标题', en: 'A heading' }, section: null };
    const parts = chunkViewpoints(frame, long, 'en', (v) => caption(v, 'en'));
    expect(parts.flat()).toEqual(long);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts.filter((p) => p.length > 1)) {
      const quotes = part.map((v) => ({ text: v.en, caption: caption(v, 'en') }));
      expect(stepHeight(frame, quotes, 'en', 'continued')).toBeLessThanOrEqual(PROJECTOR.height);
    }
  });

  it('never shows the same map twice in a row in Chinese, past the title', () => {
    const steps = deck.zh;
    for (let i = 1; i < steps.length; i++)
      expect(sameMap(steps[i]!, steps[i - 1]!), `${steps[i]!.id} repeats ${steps[i - 1]!.id}`).toBe(
        false,
      );
  });

  it('repeats a map in English only between parts with nothing on the map to tell apart', () => {
    const steps = deck.en;
    expect(sameMap(steps[1]!, steps[0]!)).toBe(false);
    for (let i = 2; i < steps.length; i++) {
      const [a, b] = [steps[i - 1]!, steps[i]!];
      if (!sameMap(a, b)) continue;
      // Two parts of one point by one speaker, about the same regions, naming no place
      // and no link the map can draw: there is nothing else true to show.
      expect(pointOf(a)).toBe(pointOf(b));
      const vps = [...a.viewpoints, ...b.viewpoints];
      expect(new Set(vps.map((v) => v.speaker)).size).toBe(1);
      expect([...a.places, ...b.places]).toEqual([]);
      expect(a.links).toEqual(b.links);
    }
  });

  it('gives each part of a split point the regions, links and places of its own quotes', () => {
    const parts = deck.en.filter((s) => pointOf(s) === 's3-p3');
    expect(parts.length).toBeGreaterThan(1);
    const hetao = parts.filter((s) => s.links.includes('hong-kong-shenzhen-hetao'));
    expect(hetao.length).toBeGreaterThan(0);
    expect(hetao.length).toBeLessThan(parts.length);
    for (const s of hetao)
      expect(s.viewpoints.some((v) => v.quote.includes('河套') || v.quote.includes('深港'))).toBe(
        true,
      );
    const wide = deck.en.find((s) => s.id === 's1-p1.1')!;
    expect(wide.speakerRegions).toEqual(['greater-bay-area']);
    expect(wide.regions).toEqual(['greater-bay-area']);
  });

  it('makes the editor’s note a map of its own: the regions it names, no arcs', () => {
    for (const lang of langs) {
      const [title, note] = deck[lang];
      expect(note!.regions.sort()).toEqual(
        ['greater-bay-area', 'jingjinji', 'yangtze-delta', 'yellow-river'].sort(),
      );
      expect(note!.links).toEqual([]);
      expect(title!.links.length).toBeGreaterThan(10);
    }
  });

  it('closes on the five regions and every link, with the address of the app', () => {
    const closing = deck.zh.at(-1)!;
    expect(closing.regions).toEqual(model.regions.map((r) => r.id));
    expect(closing.regions).toHaveLength(5);
    // Every link but those to "the world" or another area with no place on the map.
    const nowhere = new Set(
      model.bundle.places.filter((p) => !p.coordinates && !p.region).map((p) => p.id),
    );
    expect(nowhere.has('world')).toBe(true);
    const drawable = model.bundle.links.filter((l) => !nowhere.has(l.from) && !nowhere.has(l.to));
    expect(closing.links).toEqual(drawable.map((l) => l.id));
    expect(model.bundle.source.attribution.zh).toContain('上海浦江创新论坛中心');
    expect(appAddress('https://example.org/map/?view=presenter#step=4&lang=en')).toBe(
      'https://example.org/map/',
    );
    expect(appAddress('http://localhost:4173/#region=jingjinji')).toBe('http://localhost:4173/');
  });
});
