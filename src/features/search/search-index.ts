import { WIDE_ID, type Model } from '../../data/model';
import type { Viewpoint } from '../../data/schema';
import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';

export type SearchResult = {
  key: string;
  kind: 'speaker' | 'place' | 'viewpoint';
  label: string;
  /** The language the label is in: a Chinese excerpt can turn up in English mode. */
  labelLang: Lang;
  detail: string;
  region: string | null;
  viewpoint: string | null;
};

const MAX_RESULTS = 12;

function regionOfViewpoint(v: Viewpoint): string {
  return v.scope.kind === 'regions' ? v.scope.regions[0]! : WIDE_ID;
}

function excerpt(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 12);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + length + 24)}…`;
}

/** Speakers, places and initiatives by name; phrases in the viewpoints, Chinese or English. */
export function search(model: Model, query: string, lang: Lang): SearchResult[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const results: SearchResult[] = [];
  for (const s of model.bundle.speakers) {
    const names = [s.name.zh, s.name.en, ...s.printedNames].map((n) => n.toLowerCase());
    if (!names.some((n) => n.includes(q))) continue;
    const first = model.bundle.viewpoints.find((v) => v.speaker === s.id);
    results.push({
      key: `s:${s.id}`,
      kind: 'speaker',
      label: s.name[lang],
      labelLang: lang,
      detail: s.titles[0]?.[lang] ?? '',
      region: first ? regionOfViewpoint(first) : s.region,
      viewpoint: first?.id ?? null,
    });
  }
  for (const p of model.bundle.places) {
    if (!`${p.name.zh} ${p.name.en}`.toLowerCase().includes(q)) continue;
    results.push({
      key: `p:${p.id}`,
      kind: 'place',
      label: p.name[lang],
      labelLang: lang,
      detail: t(lang, `placeKind_${p.kind}`),
      region: p.region,
      viewpoint: null,
    });
  }
  for (const v of model.bundle.viewpoints) {
    const zh = v.quote.toLowerCase().indexOf(q);
    const en = v.en.toLowerCase().indexOf(q);
    if (zh < 0 && en < 0) continue;
    const speaker = model.speaker(v.speaker)?.name[lang] ?? '';
    results.push({
      key: `v:${v.id}`,
      kind: 'viewpoint',
      label: zh >= 0 ? excerpt(v.quote, zh, q.length) : excerpt(v.en, en, q.length),
      labelLang: zh >= 0 ? 'zh' : 'en',
      detail: speaker,
      region: regionOfViewpoint(v),
      viewpoint: v.id,
    });
  }
  return results.slice(0, MAX_RESULTS);
}
