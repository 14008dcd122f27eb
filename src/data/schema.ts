import { z } from 'zod';

/**
 * The contract between `data/` and the app. Every JSON file in `data/` is parsed with
 * one of these schemas at build time (scripts/data-check.ts, the Vite data plugin) and
 * again when the app loads it, so a broken file never reaches the screen.
 */

/** No string in the data is longer than this (the longest, a paragraph, is ~1,400). */
export const MAX_TEXT = 20_000;
export const MAX_SLUG = 64;

export const slug = z
  .string()
  .max(MAX_SLUG)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug like "yangtze-delta"');

/**
 * Every string longer than MAX_TEXT in a value (a pasted file, an attack), with its path:
 * checked before the schemas, for every file and for the bundle the page loads.
 */
export function oversizedStrings(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; message: string }[] {
  if (typeof value === 'string')
    return value.length > MAX_TEXT
      ? [{ path, message: `is ${value.length} characters long (at most ${MAX_TEXT})` }]
      : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    oversizedStrings(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
}

export const localized = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Localized = z.infer<typeof localized>;

/** [longitude, latitude] in WGS84 degrees, within the area the map can show. */
export const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type LngLat = z.infer<typeof lngLat>;

// ---------------------------------------------------------------- regions (data/regions.json)

export const regionMember = z.strictObject({
  name: z.string().min(1),
  adcode: z.number().int().min(100000).max(999999),
  /** The plan takes in only part of this member: drawn hatched. */
  partial: z.boolean().optional(),
});

export const region = z.strictObject({
  id: slug,
  /** The short name, in the legend and on the map. */
  name: localized,
  /** The full name, in the panel's heading and found by search, where it differs in either
   * language (长江中游 → 长江中游城市群, Greater Bay Area → Guangdong–Hong Kong–Macao …). */
  fullName: localized.optional(),
  strategy: localized,
  /** What a reader should know about the region's scope or its plan (background, sourced). */
  note: localized.optional(),
  level: z.enum(['province', 'city']),
  members: z.array(regionMember).min(1),
});
export type Region = z.infer<typeof region>;

export const regionsFile = z.strictObject({
  $comment: z.string().optional(),
  regions: z.array(region).min(1),
});
export type RegionsFile = z.infer<typeof regionsFile>;

// ---------------------------------------------------------------- a briefing (data/briefings/<id>/)

/** The source text split into paragraphs with stable ids (source/paragraphs.json). */
export const paragraphKind = z.enum([
  'masthead',
  'title',
  'editor-note',
  'intro',
  'section-heading',
  'point',
  'footnote',
  'credit',
]);

export const paragraph = z.strictObject({
  id: z.string().regex(/^p\d{2,3}$/, 'must look like "p07"'),
  kind: paragraphKind,
  /** Verbatim text as printed (OCR line breaks inside a paragraph joined, nothing else changed). */
  text: z.string().min(1),
  /** 1-based line numbers in the source .txt this paragraph was taken from. */
  lines: z.array(z.number().int().positive()).min(1),
});
export type Paragraph = z.infer<typeof paragraph>;

export const sourceFile = z.strictObject({
  file: z.string().min(1),
  attribution: localized,
  paragraphs: z.array(paragraph).min(1),
});
export type SourceFile = z.infer<typeof sourceFile>;

export const point = z.strictObject({
  id: slug,
  number: z.number().int().positive(),
  heading: localized,
  paragraphs: z.array(z.string()).min(1),
});

export const section = z.strictObject({
  id: slug,
  number: z.number().int().positive(),
  heading: localized,
  paragraph: z.string(),
  points: z.array(point).min(1),
});
export type Section = z.infer<typeof section>;

export const briefingFile = z.strictObject({
  id: slug,
  series: localized,
  issue: z.strictObject({
    year: z.number().int(),
    number: z.number().int(),
    total: z.number().int(),
  }),
  title: localized,
  subtitle: localized,
  publisher: localized,
  date: z.iso.date(),
  editors: z.array(localized).min(1),
  editorNote: z.strictObject({ paragraph: z.string(), en: z.string().min(1) }),
  intro: z.strictObject({ paragraph: z.string(), en: z.string().min(1) }),
  sections: z.array(section).min(1),
  /** Known problems in the printed source, shown to readers beside what they affect. */
  sourceNotes: z.array(
    z.strictObject({
      id: slug,
      paragraph: z.string(),
      quote: z.string().min(1),
      note: localized,
    }),
  ),
});
export type BriefingFile = z.infer<typeof briefingFile>;

export const speaker = z.strictObject({
  id: slug,
  name: localized,
  /** Every way the source prints the name, when it differs from the canonical one (OCR). */
  printedNames: z.array(z.string().min(1)),
  nameNote: localized.optional(),
  titles: z.array(localized).min(1),
  /** The region the speaker speaks from, or null (e.g. an international guest). */
  region: slug.nullable(),
});
export type Speaker = z.infer<typeof speaker>;

export const scope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('regions'), regions: z.array(slug).min(1) }),
  z.strictObject({ kind: z.literal('national') }),
  z.strictObject({ kind: z.literal('global') }),
]);
export type Scope = z.infer<typeof scope>;

export const viewpoint = z.strictObject({
  id: slug,
  speaker: slug,
  section: slug,
  point: slug,
  paragraph: z.string(),
  /** Exact substring of the paragraph's text. Never edited. */
  quote: z.string().min(1),
  en: z.string().min(1),
  scope,
});
export type Viewpoint = z.infer<typeof viewpoint>;

export const placeKind = z.enum([
  'city',
  'province',
  'zone',
  'institution',
  'initiative',
  'event',
  'area',
]);

export const mention = z.strictObject({
  paragraph: z.string(),
  quote: z.string().min(1),
});

/**
 * Why something is on the map: `stated` — a sentence of the briefing says it (the quotes
 * prove it); `background` — public knowledge used to draw it, with its source named.
 */
export const basis = z.enum(['stated', 'background']);
export type Basis = z.infer<typeof basis>;

export const place = z.strictObject({
  id: slug,
  name: localized,
  kind: placeKind,
  /** Where to put it on the map; null for things with no single location. */
  coordinates: lngLat.nullable(),
  /** The region it belongs to, or null if outside the five. */
  region: slug.nullable(),
  /** Other places it is made of (e.g. the cities of a corridor). */
  members: z.array(slug).optional(),
  /** Provinces (adcodes) it covers, for areas like 长江经济带. */
  provinces: z.array(z.number().int()).optional(),
  /** `stated` (the default): the briefing names it; `background`: it never does. */
  basis: basis.default('stated'),
  /** Where a background place comes from (required for `background`). */
  source: localized.optional(),
  /** Where the briefing names it: at least one for a `stated` place. */
  mentions: z.array(mention),
});
export type Place = z.infer<typeof place>;

export const evidence = z.strictObject({
  paragraph: z.string(),
  /** Exact substring of the paragraph's text. Never edited. */
  quote: z.string().min(1),
  /** The English rendering, shown first in English with the original a click away. */
  en: z.string().min(1),
  speaker: slug.nullable(),
});
export type Evidence = z.infer<typeof evidence>;

export const linkKind = z.strictObject({
  id: slug,
  label: localized,
});

export const link = z.strictObject({
  id: slug,
  /** A region id or a place id. */
  from: slug,
  to: slug,
  /**
   * A corridor: the places it runs through between `from` and `to`, in drawing order. The
   * link is drawn as one line through from, via…, to instead of one arc.
   */
  via: z.array(slug).min(1).optional(),
  kind: slug,
  directed: z.boolean(),
  label: localized,
  /**
   * `stated`: the evidence quotes say it (at least one quote needed). `background`: drawn
   * from public knowledge named in `source`; any evidence only shows what the text does say.
   */
  basis,
  source: localized.optional(),
  note: localized.optional(),
  evidence: z.array(evidence),
});
export type Link = z.infer<typeof link>;

export const editorialMention = z.strictObject({
  id: slug,
  paragraph: z.string(),
  quote: z.string().min(1),
  en: z.string().min(1),
  /** Regions, or places such as 长江经济带, that the editorial text names. */
  subjects: z.array(slug).min(1),
  /** True where no speaker addresses this subject directly. */
  noSpeaker: z.boolean(),
});
export type EditorialMention = z.infer<typeof editorialMention>;

export const speakersFile = z.strictObject({ speakers: z.array(speaker).min(1) });
export const viewpointsFile = z.strictObject({ viewpoints: z.array(viewpoint).min(1) });
export const placesFile = z.strictObject({ places: z.array(place) });
export const linksFile = z.strictObject({ kinds: z.array(linkKind).min(1), links: z.array(link) });
export const mentionsFile = z.strictObject({ mentions: z.array(editorialMention) });

/** The files of one briefing folder and the schema each must satisfy. */
export const briefingFiles = {
  'source/paragraphs.json': sourceFile,
  'briefing.json': briefingFile,
  'speakers.json': speakersFile,
  'viewpoints.json': viewpointsFile,
  'places.json': placesFile,
  'links.json': linksFile,
  'mentions.json': mentionsFile,
} as const;

/** Everything the app needs about one briefing, as served to the page (one JSON file). */
export const bundle = z.strictObject({
  regions: z.array(region),
  source: sourceFile,
  briefing: briefingFile,
  speakers: z.array(speaker),
  viewpoints: z.array(viewpoint),
  places: z.array(place),
  kinds: z.array(linkKind),
  links: z.array(link),
  mentions: z.array(editorialMention),
});
export type Bundle = z.infer<typeof bundle>;
