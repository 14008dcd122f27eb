import type { Model } from '../data/model';
import type { EditorialMention, Link, Localized, Viewpoint } from '../data/schema';
import type { Lang } from '../store/url-hash';
import { stepHeight, PROJECTOR } from './step-fit';

export type Step = {
  id: string;
  kind: 'title' | 'editor-note' | 'point' | 'closing';
  heading: Localized;
  /** The section a point belongs to, shown above its heading. */
  section: Localized | null;
  /** A point too long for one screen is shown in parts: 1-based index and count. */
  part: { index: number; count: number } | null;
  /** What the camera frames and the map highlights. */
  regions: string[];
  /**
   * Those of `regions` lit because the quoted speaker speaks from there (`speaker.region`),
   * not because the quote is about them: for a part of a split point whose quotes are about
   * the country or the world, or whose map would otherwise repeat the previous step's.
   */
  speakerRegions: string[];
  viewpoints: Viewpoint[];
  mentions: EditorialMention[];
  /** The links this step talks about: the arcs drawn, and their ends framed. */
  links: string[];
  /** The places its quotes name (`places.json` mentions inside a quote). */
  places: string[];
};

/** Same regions, links and places: the audience would see the same map twice. */
export function sameMap(a: Step, b: Step): boolean {
  const same = (x: string[], y: string[]) =>
    x.length === y.length && [...x].sort().join() === [...y].sort().join();
  return same(a.regions, b.regions) && same(a.links, b.links) && same(a.places, b.places);
}

const unique = (ids: string[]) => [...new Set(ids)];

function regionsOf(viewpoints: Viewpoint[]): string[] {
  return unique(viewpoints.flatMap((v) => (v.scope.kind === 'regions' ? v.scope.regions : [])));
}

/**
 * Splits a point's viewpoints into as few consecutive parts as fit one screen at the
 * binding projector size (1024×768) in `lang`; a single viewpoint taller than that still
 * gets a part of its own.
 */
export function chunkViewpoints(
  frame: Pick<Step, 'heading' | 'section'>,
  viewpoints: Viewpoint[],
  lang: Lang,
  speakerLine: (v: Viewpoint) => string,
): Viewpoint[][] {
  const fits = (vps: Viewpoint[], part: 'whole' | 'first' | 'continued') =>
    stepHeight(
      frame,
      vps.map((v) => ({ text: lang === 'zh' ? v.quote : v.en, caption: speakerLine(v) })),
      lang,
      part,
    ) <= PROJECTOR.height;
  if (fits(viewpoints, 'whole')) return [viewpoints];
  const parts: Viewpoint[][] = [];
  for (const v of viewpoints) {
    const last = parts.at(-1);
    if (last && fits([...last, v], parts.length === 1 ? 'first' : 'continued')) last.push(v);
    else parts.push([v]);
  }
  return parts;
}

/** Where `quote` sits in its paragraph, as [start, end), or null. */
function span(model: Model, paragraph: string, quote: string): [number, number] | null {
  const start = model.paragraph(paragraph).indexOf(quote);
  return start < 0 ? null : [start, start + quote.length];
}

function overlap(model: Model, a: { paragraph: string; quote: string }, b: typeof a): boolean {
  if (a.paragraph !== b.paragraph) return false;
  const x = span(model, a.paragraph, a.quote);
  const y = span(model, b.paragraph, b.quote);
  return Boolean(x && y && x[0] < y[1] && y[0] < x[1]);
}

/** The places named inside these viewpoints' quotes. */
function placesOf(viewpoints: Viewpoint[], model: Model): string[] {
  return model.bundle.places
    .filter((p) => p.mentions.some((m) => viewpoints.some((v) => overlap(model, v, m))))
    .map((p) => p.id);
}

/**
 * Which part of a split point talks about a link: the part whose quote overlaps the
 * link's evidence in the same paragraph, else the part of the evidence's speaker; a link
 * none of them claims stays with every part.
 */
function linksOfPart(part: Viewpoint[], all: Viewpoint[][], links: Link[], model: Model): string[] {
  const claims = (vps: Viewpoint[], link: Link, how: 'quote' | 'speaker') =>
    link.evidence.some((e) =>
      vps.some((v) =>
        how === 'quote' ? overlap(model, v, e) : e.speaker !== null && v.speaker === e.speaker,
      ),
    );
  return links
    .filter((link) => {
      for (const how of ['quote', 'speaker'] as const) {
        if (all.some((vps) => claims(vps, link, how))) return claims(part, link, how);
      }
      return true;
    })
    .map((l) => l.id);
}

/**
 * The presentation walks the briefing's own structure: title, editor's note, each
 * numbered point of each section (in parts where it would not fit a projector), closing.
 * Derived from the data, so a new briefing brings its own steps. English runs about
 * twice as long as the Chinese, so it may have more parts: the steps depend on `lang`.
 */
export function presentationSteps(model: Model, lang: Lang): Step[] {
  // Derived once per model and language (fitting the text to a slide is measured work):
  // the presenter, the camera, the export and the URL's step check share it.
  let decks = derived.get(model);
  if (!decks) derived.set(model, (decks = {}));
  return (decks[lang] ??= deriveSteps(model, lang));
}

const derived = new WeakMap<Model, Partial<Record<Lang, Step[]>>>();

function deriveSteps(model: Model, lang: Lang): Step[] {
  const { briefing, mentions, links, viewpoints } = model.bundle;
  const allRegions = model.regions.map((r) => r.id);
  const regionIds = new Set(allRegions);
  const speakerLine = (v: Viewpoint) => {
    const s = model.speaker(v.speaker);
    return `${s?.name[lang] ?? ''} · ${s?.titles[0]?.[lang] ?? ''}`;
  };
  const base = {
    section: null,
    part: null,
    speakerRegions: [],
    viewpoints: [],
    mentions: [],
    links: [],
    places: [],
  };
  // A link to somewhere with no place on the map ("the world") is no arc to show.
  const located = (id: string) =>
    regionIds.has(id) || Boolean(model.place(id)?.coordinates ?? model.place(id)?.region);
  const drawable = (l: Link) => located(l.from) && located(l.to);
  const speakersRegions = (vps: Viewpoint[]) =>
    unique(vps.flatMap((v) => model.speaker(v.speaker)?.region ?? [])).filter((r) =>
      regionIds.has(r),
    );
  const steps: Step[] = [
    {
      ...base,
      id: 'title',
      kind: 'title',
      heading: briefing.title,
      section: briefing.subtitle,
      regions: allRegions,
      // The opening picture: every link the briefing describes that the map can draw.
      links: links.filter(drawable).map((l) => l.id),
    },
  ];
  const noteMentions = mentions.filter((m) => m.paragraph === briefing.editorNote.paragraph);
  steps.push({
    ...base,
    id: 'editor-note',
    kind: 'editor-note',
    heading: { zh: '编者按', en: 'Editor’s note' },
    regions: unique(noteMentions.flatMap((m) => m.subjects).filter((s) => regionIds.has(s))),
    mentions: noteMentions,
  });
  for (const section of briefing.sections) {
    for (const point of section.points) {
      const vps = viewpoints.filter((v) => v.point === point.id);
      const paragraphs = new Set(point.paragraphs);
      const pointLinks = links.filter(
        (l) => drawable(l) && l.evidence.some((e) => paragraphs.has(e.paragraph)),
      );
      const frame = { heading: point.heading, section: section.heading };
      const parts = chunkViewpoints(frame, vps, lang, speakerLine);
      parts.forEach((part, i) => {
        const split = parts.length > 1;
        const step: Step = {
          ...base,
          ...frame,
          id: split ? `${point.id}.${i + 1}` : point.id,
          kind: 'point',
          part: split ? { index: i + 1, count: parts.length } : null,
          regions: regionsOf(part),
          viewpoints: part,
          places: placesOf(part, model),
          links: split ? linksOfPart(part, parts, pointLinks, model) : pointLinks.map((l) => l.id),
        };
        // A point (or part) with no region of its own, or a part that would repeat the
        // previous map, also shows where its speakers speak from (said so in its key).
        if (!step.regions.length || (split && sameMap(step, steps.at(-1)!))) {
          step.speakerRegions = speakersRegions(part).filter((r) => !step.regions.includes(r));
          step.regions = [...step.regions, ...step.speakerRegions];
        }
        steps.push(step);
      });
    }
  }
  steps.push({
    ...base,
    id: 'closing',
    kind: 'closing',
    heading: { zh: '谢谢', en: 'Thank you' },
    section: briefing.title,
    regions: allRegions,
    links: links.filter(drawable).map((l) => l.id),
  });
  return steps;
}

/** The number of steps in the longer of the languages' presentations (for `#step=` checks). */
export function longestPresentation(model: Model): number {
  return Math.max(presentationSteps(model, 'zh').length, presentationSteps(model, 'en').length);
}

/** The address of this map, as an audience would type it: no view, step or notes window. */
export function appAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  url.searchParams.delete('view');
  return url.toString();
}
