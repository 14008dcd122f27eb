import { WIDE_ID, type Model } from '../../data/model';
import type { Viewpoint } from '../../data/schema';
import type { Lang } from '../../store/url-hash';

export type SearchKind = 'region' | 'place' | 'speaker' | 'viewpoint';

export type SearchResult = {
  key: string;
  kind: SearchKind;
  label: string;
  /** The language the label is in: a Chinese excerpt can turn up in English mode. */
  labelLang: Lang;
  /** A place's kind (`city`, `zone`…: the box words it), a speaker's title, a quote's speaker. */
  detail: string;
  region: string | null;
  viewpoint: string | null;
};

/**
 * Where a pinyin query (full, initials, or a mix: "hetao", "wh", "wuhan") matches Chinese
 * text, as pinyin-match's `match` answers: [first, last] character, or false. Passed in,
 * so the library can be fetched on the first keystroke instead of with the first view.
 */
export type PinyinMatch = (text: string, query: string) => [number, number] | false;

const MAX_RESULTS = 12;
const SNIPPET_BEFORE = 14;
const SNIPPET_AFTER = 36;
const KIND_ORDER: SearchKind[] = ['region', 'place', 'speaker', 'viewpoint'];
const LATIN = /^[a-z][a-z' ]*$/;

function regionOfViewpoint(v: Viewpoint): string {
  return v.scope.kind === 'regions' ? v.scope.regions[0]! : WIDE_ID;
}

/**
 * How well `q` names a thing (lower is better), or null: the whole name, its start, the
 * start of a word in it, anywhere in it; then pinyin of its Chinese names (from the start,
 * anywhere).
 */
function nameScore(
  names: string[],
  chinese: string[],
  q: string,
  pinyin: PinyinMatch | undefined,
): number | null {
  let best: number | null = null;
  const better = (score: number) => (best = best === null ? score : Math.min(best, score));
  for (const name of names.map((n) => n.toLowerCase())) {
    if (name === q) return 0;
    if (name.startsWith(q)) better(1);
    else if (new RegExp(`(^|[\\s\\-–(])${escapeRegExp(q)}`).test(name)) better(2);
    else if (name.includes(q)) better(3);
  }
  if (best === null && pinyin && LATIN.test(q)) {
    const compact = q.replace(/[' ]/g, '');
    for (const name of chinese) {
      const hit = pinyin(name, compact);
      if (hit) better(hit[0] === 0 ? 4 : 5);
    }
  }
  return best;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text around a match, cut where a reader would cut it: at word boundaries in
 * English, at character (grapheme) boundaries in Chinese (Intl.Segmenter), with an
 * ellipsis where something was left out.
 */
export function snippet(text: string, at: number, length: number, lang: Lang): string {
  const segmenter = new Intl.Segmenter(lang === 'zh' ? 'zh' : 'en', {
    granularity: lang === 'zh' ? 'grapheme' : 'word',
  });
  const bounds = [...segmenter.segment(text)].map((s) => s.index);
  bounds.push(text.length);
  const wantStart = at - SNIPPET_BEFORE;
  const wantEnd = at + length + SNIPPET_AFTER;
  // The first boundary at or after the wanted start (never before the match), the last at
  // or before the wanted end (never inside the match).
  const start = wantStart <= 0 ? 0 : Math.min(bounds.find((b) => b >= wantStart) ?? at, at);
  const fits = bounds.filter((b) => b <= wantEnd && b >= at + length);
  const end = wantEnd >= text.length ? text.length : (fits.at(-1) ?? at + length);
  const body = text.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

type Scored = SearchResult & { score: number };

/**
 * Regions, places, speakers by name (Chinese, English, pinyin when `pinyin` is given);
 * phrases in the viewpoints, Chinese or English. Best matches first.
 */
export function search(
  model: Model,
  query: string,
  lang: Lang,
  pinyin?: PinyinMatch,
): SearchResult[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const results: Scored[] = [];
  for (const r of model.regions) {
    // The full name too: "Guangdong" finds the Greater Bay Area, 城市群 the Middle Yangtze.
    const names = r.fullName ? [r.name, r.fullName] : [r.name];
    const score = nameScore(
      names.flatMap((n) => [n.zh, n.en]),
      names.map((n) => n.zh),
      q,
      pinyin,
    );
    if (score === null) continue;
    results.push({
      key: `r:${r.id}`,
      kind: 'region',
      label: r.name[lang],
      labelLang: lang,
      detail: r.strategy[lang],
      region: r.id,
      viewpoint: null,
      score,
    });
  }
  for (const p of model.bundle.places) {
    const score = nameScore([p.name.zh, p.name.en], [p.name.zh], q, pinyin);
    if (score === null) continue;
    results.push({
      key: `p:${p.id}`,
      kind: 'place',
      label: p.name[lang],
      labelLang: lang,
      detail: p.kind,
      region: p.region,
      viewpoint: null,
      score,
    });
  }
  for (const s of model.bundle.speakers) {
    const names = [s.name.zh, s.name.en, ...s.printedNames];
    const score = nameScore(names, [s.name.zh, ...s.printedNames], q, pinyin);
    if (score === null) continue;
    const first = model.bundle.viewpoints.find((v) => v.speaker === s.id);
    results.push({
      key: `s:${s.id}`,
      kind: 'speaker',
      label: s.name[lang],
      labelLang: lang,
      detail: s.titles[0]?.[lang] ?? '',
      region: first ? regionOfViewpoint(first) : s.region,
      viewpoint: first?.id ?? null,
      score,
    });
  }
  for (const v of model.bundle.viewpoints) {
    const zh = v.quote.toLowerCase().indexOf(q);
    const en = v.en.toLowerCase().indexOf(q);
    if (zh < 0 && en < 0) continue;
    // In the reader's language where both match.
    const useEn = en >= 0 && (lang === 'en' || zh < 0);
    results.push({
      key: `v:${v.id}`,
      kind: 'viewpoint',
      label: useEn ? snippet(v.en, en, q.length, 'en') : snippet(v.quote, zh, q.length, 'zh'),
      labelLang: useEn ? 'en' : 'zh',
      detail: model.speaker(v.speaker)?.name[lang] ?? '',
      region: regionOfViewpoint(v),
      viewpoint: v.id,
      score: 6,
    });
  }
  return results
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        a.r.score - b.r.score ||
        KIND_ORDER.indexOf(a.r.kind) - KIND_ORDER.indexOf(b.r.kind) ||
        a.r.label.length - b.r.label.length ||
        a.i - b.i,
    )
    .slice(0, MAX_RESULTS)
    .map(({ r }) => {
      const { score, ...result } = r;
      void score;
      return result;
    });
}
