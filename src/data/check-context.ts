import { matchQuote } from './quote-match.ts';
import type { Bundle } from './schema.ts';

export interface FileNames {
  /** Turns a briefing file name ("viewpoints.json") into the name reported. */
  file: (name: string) => string;
  regionsFile: string;
}

export type Report = (file: string, path: string, message: string) => void;

/** Lookups shared by the checks, built once from the parsed files. */
export interface Index {
  paragraphs: Map<string, string>;
  points: Map<string, { section: string; paragraphs: string[] }>;
  regionIds: Set<string>;
  placeIds: Set<string>;
  speakerIds: Set<string>;
}

export function indexBundle(b: Bundle): Index {
  const points = new Map<string, { section: string; paragraphs: string[] }>();
  for (const s of b.briefing.sections) {
    for (const p of s.points) points.set(p.id, { section: s.id, paragraphs: p.paragraphs });
  }
  return {
    paragraphs: new Map(b.source.paragraphs.map((p) => [p.id, p.text])),
    points,
    regionIds: new Set(b.regions.map((r) => r.id)),
    placeIds: new Set(b.places.map((p) => p.id)),
    speakerIds: new Set(b.speakers.map((s) => s.id)),
  };
}

/** Reports a paragraph id that does not exist, or a quote that is not verbatim in it. */
export function checkQuote(
  idx: Index,
  report: Report,
  file: string,
  path: string,
  ref: { paragraph: string; quote?: string },
): void {
  const text = idx.paragraphs.get(ref.paragraph);
  if (text === undefined) {
    report(file, `${path}.paragraph`, `unknown paragraph "${ref.paragraph}"`);
    return;
  }
  if (ref.quote === undefined) return;
  const match = matchQuote(text, ref.quote);
  if (match === 'exact') return;
  const message = `is not an exact substring of paragraph ${ref.paragraph}`;
  report(
    file,
    `${path}.quote`,
    match === 'normalised'
      ? `${message} — it matches only after normalising punctuation: copy it verbatim`
      : message,
  );
}

export function checkRegion(
  idx: Index,
  report: Report,
  file: string,
  path: string,
  id: string | null,
) {
  if (id !== null && !idx.regionIds.has(id)) report(file, path, `unknown region "${id}"`);
}

export function checkEnd(idx: Index, report: Report, file: string, path: string, id: string) {
  if (!idx.regionIds.has(id) && !idx.placeIds.has(id)) {
    report(file, path, `unknown region or place "${id}"`);
  }
}
