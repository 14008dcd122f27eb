import type { BriefingFile, Bundle, Link, Place } from './schema';

/**
 * "All briefings": the union of several briefings as one bundle, so the map, the arcs, the
 * panel and the links table work on it unchanged. Every id a briefing owns (paragraphs,
 * speakers, viewpoints, places, links, mentions, sections, points, source notes) is
 * namespaced with its briefing's id, `<briefing>.<id>` (a slug never holds a dot), so two
 * briefings never collide and a shared URL (`#briefing=all&link=<briefing>.<id>`) stays
 * valid when more briefings are added. Regions (data/regions.json) and link kinds are shared.
 */

/** The value of `#briefing=` for every briefing at once. */
export const ALL_BRIEFINGS = 'all';

export const NAMESPACE_SEPARATOR = '.';

/** A briefing in the corpus: what its tag shows (label), its title on hover, its metadata. */
export type CorpusEntry = {
  id: string;
  /** Short: the issue, e.g. "2023/7" (unique within the corpus, else the date). */
  label: string;
  date: string;
  title: { zh: string; en: string };
  briefing: BriefingFile;
};

export type Corpus = {
  /** Newest first, as the picker lists them. */
  entries: CorpusEntry[];
  /** The briefing a namespaced id belongs to. */
  of: (id: string) => CorpusEntry | undefined;
};

export function namespaced(briefing: string, id: string): string {
  return `${briefing}${NAMESPACE_SEPARATOR}${id}`;
}

/** The id as its briefing knows it (`synthetic-0001.p07` → `p07`): what a reader is shown. */
export function localId(id: string): string {
  const at = id.indexOf(NAMESPACE_SEPARATOR);
  return at < 0 ? id : id.slice(at + 1);
}

/** The briefing part of a namespaced id, or null for a plain one. */
export function briefingOfId(id: string): string | null {
  const at = id.indexOf(NAMESPACE_SEPARATOR);
  return at < 0 ? null : id.slice(0, at);
}

function issueLabel(b: BriefingFile): string {
  return `${b.issue.year}/${b.issue.number}`;
}

/** Tags for the briefings: the issue, or the date where two share an issue label. */
export function corpusEntries(bundles: Bundle[]): CorpusEntry[] {
  const labels = bundles.map((b) => issueLabel(b.briefing));
  return bundles.map((b, i) => ({
    id: b.briefing.id,
    label:
      labels.indexOf(labels[i]!) === labels.lastIndexOf(labels[i]!) ? labels[i]! : b.briefing.date,
    date: b.briefing.date,
    title: b.briefing.title,
    briefing: b.briefing,
  }));
}

/** One briefing's bundle with every id it owns prefixed with its briefing id. */
export function namespaceBundle(bundle: Bundle): Bundle {
  const bid = bundle.briefing.id;
  const ns = (id: string) => namespaced(bid, id);
  const regions = new Set(bundle.regions.map((r) => r.id));
  // An end of a link or an editorial subject is a region (shared) or a place (its own).
  const end = (id: string) => (regions.has(id) ? id : ns(id));
  const b = bundle.briefing;
  const place = (p: Place): Place => ({
    ...p,
    id: ns(p.id),
    ...(p.members ? { members: p.members.map(ns) } : {}),
    mentions: p.mentions.map((m) => ({ ...m, paragraph: ns(m.paragraph) })),
  });
  const link = (l: Link): Link => ({
    ...l,
    id: ns(l.id),
    from: end(l.from),
    to: end(l.to),
    ...(l.via ? { via: l.via.map(end) } : {}),
    evidence: l.evidence.map((e) => ({
      ...e,
      paragraph: ns(e.paragraph),
      speaker: e.speaker === null ? null : ns(e.speaker),
    })),
  });
  return {
    regions: bundle.regions,
    source: {
      ...bundle.source,
      paragraphs: bundle.source.paragraphs.map((p) => ({ ...p, id: ns(p.id) })),
    },
    briefing: {
      ...b,
      editorNote: { ...b.editorNote, paragraph: ns(b.editorNote.paragraph) },
      intro: { ...b.intro, paragraph: ns(b.intro.paragraph) },
      sections: b.sections.map((s) => ({
        ...s,
        id: ns(s.id),
        paragraph: ns(s.paragraph),
        points: s.points.map((pt) => ({
          ...pt,
          id: ns(pt.id),
          paragraphs: pt.paragraphs.map(ns),
        })),
      })),
      sourceNotes: b.sourceNotes.map((n) => ({ ...n, id: ns(n.id), paragraph: ns(n.paragraph) })),
    },
    speakers: bundle.speakers.map((s) => ({ ...s, id: ns(s.id) })),
    viewpoints: bundle.viewpoints.map((v) => ({
      ...v,
      id: ns(v.id),
      speaker: ns(v.speaker),
      section: ns(v.section),
      point: ns(v.point),
      paragraph: ns(v.paragraph),
    })),
    places: bundle.places.map(place),
    kinds: bundle.kinds,
    links: bundle.links.map(link),
    mentions: bundle.mentions.map((m) => ({
      ...m,
      id: ns(m.id),
      paragraph: ns(m.paragraph),
      subjects: m.subjects.map(end),
    })),
  };
}

/**
 * The union of the bundles (newest first): one bundle whose `briefing` and `source` are the
 * newest briefing's metadata with every briefing's sections, notes and paragraphs.
 */
export function mergeBundles(bundles: Bundle[]): { bundle: Bundle; corpus: Corpus } {
  if (!bundles.length) throw new Error('no briefing to merge');
  const parts = bundles.map(namespaceBundle);
  const first = parts[0]!;
  const kinds = new Map<string, Bundle['kinds'][number]>();
  for (const part of parts) for (const k of part.kinds) if (!kinds.has(k.id)) kinds.set(k.id, k);
  const bundle: Bundle = {
    regions: first.regions,
    source: { ...first.source, paragraphs: parts.flatMap((p) => p.source.paragraphs) },
    briefing: {
      ...first.briefing,
      sections: parts.flatMap((p) => p.briefing.sections),
      sourceNotes: parts.flatMap((p) => p.briefing.sourceNotes),
    },
    speakers: parts.flatMap((p) => p.speakers),
    viewpoints: parts.flatMap((p) => p.viewpoints),
    places: parts.flatMap((p) => p.places),
    kinds: [...kinds.values()],
    links: parts.flatMap((p) => p.links),
    mentions: parts.flatMap((p) => p.mentions),
  };
  const entries = corpusEntries(bundles);
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    bundle,
    corpus: {
      entries,
      of: (id) => {
        const b = briefingOfId(id);
        return b === null ? undefined : byId.get(b);
      },
    },
  };
}
