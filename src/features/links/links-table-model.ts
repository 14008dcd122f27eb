import { endpointName, type Model } from '../../data/model';
import type { Link } from '../../data/schema';
import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';
import { localId } from '../../data/corpus';

/**
 * The links table, as pure functions: one row per cooperation link, the rows sorted and
 * filtered, and the region × region matrix. The components only render what these return.
 */

export type Basis = 'stated' | 'background';

/**
 * Whether the briefing states a link or it is drawn from background knowledge. Read as
 * optional: links without the field (data written before it existed) are stated.
 */
export function linkBasis(link: Link): Basis {
  return link.basis;
}

/** The speaker filter's value for evidence that no speaker said (introduction, footnote). */
export const NO_SPEAKER = '(none)';

/** An end of a link outside the five regions (the world, Africa, the Yangtze belt…). */
export const OUTSIDE = '(outside)';

export type LinkRow = {
  id: string;
  fromId: string;
  toId: string;
  from: string;
  to: string;
  /** The regions the two ends lie in (one when the link stays inside a region; OUTSIDE). */
  regions: string[];
  kind: string;
  kindIndex: number;
  kindLabel: string;
  directed: boolean;
  /** Speaker ids in order of first evidence; NO_SPEAKER for unattributed evidence. */
  speakers: string[];
  speakerNames: string[];
  paragraphs: string[];
  basis: Basis;
  label: string;
  /** In "all briefings": the briefing the link comes from (id and short label); else null. */
  briefing: string | null;
  briefingLabel: string;
};

export function buildRows(model: Model, lang: Lang): LinkRow[] {
  const kinds = model.bundle.kinds;
  return model.bundle.links.map((link) => {
    const speakers = [...new Set(link.evidence.map((e) => e.speaker ?? NO_SPEAKER))];
    const kindIndex = Math.max(
      0,
      kinds.findIndex((k) => k.id === link.kind),
    );
    const regions = [link.from, link.to].map((id) => model.regionOf(id) ?? OUTSIDE);
    const entry = model.corpus?.of(link.id);
    return {
      id: link.id,
      briefing: entry?.id ?? null,
      briefingLabel: entry?.label ?? '',
      fromId: link.from,
      toId: link.to,
      from: endpointName(model, link.from, lang),
      to: endpointName(model, link.to, lang),
      regions: [...new Set(regions)],
      kind: link.kind,
      kindIndex,
      kindLabel: kinds[kindIndex]?.label[lang] ?? link.kind,
      directed: link.directed,
      speakers,
      speakerNames: speakers.map((id) =>
        id === NO_SPEAKER ? '' : (model.speaker(id)?.name[lang] ?? id),
      ),
      paragraphs: [...new Set(link.evidence.map((e) => e.paragraph))],
      basis: linkBasis(link),
      label: link.label[lang],
    };
  });
}

export const SORT_KEYS = [
  'briefing',
  'from',
  'to',
  'kind',
  'directed',
  'speakers',
  'paragraphs',
  'basis',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; direction: 'ascending' | 'descending' };

/** The text a column shows for a row: what is sorted is what is read. */
export type CellText = (row: LinkRow, key: SortKey) => string;

export function cellText(lang: Lang): CellText {
  const sep = lang === 'zh' ? '、' : ', ';
  return (row, key) => {
    switch (key) {
      case 'briefing':
        return row.briefingLabel;
      case 'from':
        return row.from;
      case 'to':
        return row.to;
      case 'kind':
        return row.kindLabel;
      case 'directed':
        return t(lang, row.directed ? 'directed' : 'mutual');
      case 'speakers':
        return row.speakerNames.map((n) => n || t(lang, 'noSpeakerCell')).join(sep);
      case 'paragraphs':
        return row.paragraphs.map(localId).join(sep);
      case 'basis':
        return t(lang, row.basis === 'stated' ? 'basisStated' : 'basisBackground');
    }
  };
}

const collators = new Map<Lang, Intl.Collator>();

/**
 * The collator for a language, made once: making one loads its collation tables (a few
 * milliseconds each sort for pinyin).
 */
export function collator(lang: Lang): Intl.Collator {
  let made = collators.get(lang);
  if (!made) {
    // Chinese names sort by pinyin, as in a printed index; p9 before p16.
    made = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN-u-co-pinyin' : 'en', { numeric: true });
    collators.set(lang, made);
  }
  return made;
}

/** Sorted by the column's text; equal texts keep the data's order (a stable sort). */
export function sortRows(rows: LinkRow[], sort: Sort | null, text: CellText, lang: Lang) {
  if (!sort) return rows;
  const compare = collator(lang).compare;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Each row's text once, not once per comparison.
  const keyed = rows.map((row) => ({ row, key: text(row, sort.key) }));
  keyed.sort((a, b) => sign * compare(a.key, b.key));
  return keyed.map((k) => k.row);
}

export type RowFilter = {
  /** In "all briefings": one briefing's links only. */
  briefing?: string | null;
  region: string | null;
  kind: string | null;
  speaker: string | null;
  /** The legend's kind filter (null: every kind). */
  kinds: string[] | null;
};

export const NO_ROW_FILTER: RowFilter = { region: null, kind: null, speaker: null, kinds: null };

export function filterRows(rows: LinkRow[], filter: RowFilter): LinkRow[] {
  return rows.filter(
    (row) =>
      (!filter.briefing || row.briefing === filter.briefing) &&
      (!filter.kinds || filter.kinds.includes(row.kind)) &&
      (!filter.kind || row.kind === filter.kind) &&
      (!filter.region || row.regions.includes(filter.region)) &&
      (!filter.speaker || row.speakers.includes(filter.speaker)),
  );
}

/** The kinds, speakers and regions that occur in the links: the filters' options. */
export function filterOptions(model: Model, rows: LinkRow[]) {
  const speakers = [...new Set(rows.flatMap((r) => r.speakers))];
  return {
    regions: [...model.regions.map((r) => r.id), OUTSIDE].filter((id) =>
      rows.some((row) => row.regions.includes(id)),
    ),
    kinds: model.bundle.kinds.filter((k) => rows.some((row) => row.kind === k.id)),
    speakers,
    briefings: model.corpus?.entries.filter((e) => rows.some((row) => row.briefing === e.id)) ?? [],
  };
}

export type Matrix = {
  /** Region ids in the data's order, then OUTSIDE when a link leaves the five. */
  keys: string[];
  /** counts[i][j]: links joining keys[i] and keys[j], either way (symmetric). */
  counts: number[][];
  max: number;
};

/** Region × region: how many links join each pair; the diagonal, links inside a region. */
export function regionMatrix(model: Model, links: Link[]): Matrix {
  const regionIds = model.regions.map((r) => r.id);
  const ends = links.map(
    (l) => [model.regionOf(l.from) ?? OUTSIDE, model.regionOf(l.to) ?? OUTSIDE] as const,
  );
  const keys = ends.some(([a, b]) => a === OUTSIDE || b === OUTSIDE)
    ? [...regionIds, OUTSIDE]
    : regionIds;
  const counts = keys.map(() => keys.map(() => 0));
  for (const [a, b] of ends) {
    const i = keys.indexOf(a);
    const j = keys.indexOf(b);
    counts[i]![j]! += 1;
    if (i !== j) counts[j]![i]! += 1;
  }
  return { keys, counts, max: Math.max(0, ...counts.flat()) };
}
