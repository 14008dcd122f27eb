import type { Model } from '../data/model';
import { useAppStore } from '../store/store';
import { t } from '../i18n/strings';

/** The credit the briefing is owed, on every view (and on exports and prints). */
export function SourceCredit({ model }: { model: Model }) {
  const lang = useAppStore((s) => s.lang);
  const b = model.bundle.briefing;
  return (
    <footer className="credit">
      {t(lang, 'source')}：{b.publisher[lang]}，{b.series[lang]} {b.issue.year}-{b.issue.number}（
      {b.issue.total}），
      {b.subtitle[lang]}《{b.title[lang]}》，{b.date}；{lang === 'zh' ? '整理' : 'compiled by'}{' '}
      {b.editors.map((e) => e[lang]).join('、')}
    </footer>
  );
}
