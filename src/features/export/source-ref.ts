import type { Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';

/**
 * Where a quote stands in the source: its paragraph id and the line(s) of the source
 * text it was taken from. The briefing's data has no printed page numbers, so the
 * paragraph and line are the reference a reader can check against the source.
 */
export function sourceRef(model: Model, lang: Lang, paragraph: string): string {
  const lines = model.bundle.source.paragraphs.find((p) => p.id === paragraph)?.lines ?? [];
  const at = lines.length ? ` · ${t(lang, 'sourceLine')} ${lines.join(', ')}` : '';
  return `${t(lang, 'paragraph')} ${paragraph}${at}`;
}
