import { useEffect, useRef } from 'react';
import type { Model } from '../data/model';
import { useAppStore } from '../store/store';
import { p, t } from '../i18n/strings';
import './credit.css';

/**
 * The credit the briefing is owed, on every view (and on exports and prints), punctuated in
 * the language it is shown in.
 */
export function SourceCredit({ model }: { model: Model }) {
  const lang = useAppStore((s) => s.lang);
  const ref = useRef<HTMLElement>(null);
  // Its height, for what sits above it over the map while presenting (the 南海诸岛 inset).
  useEffect(() => {
    const footer = ref.current;
    if (!footer) return;
    const observer = new ResizeObserver(() =>
      document.documentElement.style.setProperty('--credit-h', `${footer.offsetHeight}px`),
    );
    observer.observe(footer);
    return () => observer.disconnect();
  }, []);
  const corpus = model.corpus;
  if (corpus) {
    // Every briefing at once: each item names its own; here, how many and from when.
    const dates = corpus.entries.map((e) => e.date).sort();
    return (
      <footer className="credit" ref={ref} data-map-obstacle="">
        {t(lang, 'source')}
        {p(lang, 'colon')}
        {t(lang, 'allBriefings')} · {corpus.entries.length} {t(lang, 'briefingsCount')} · {dates[0]}{' '}
        – {dates.at(-1)}
        {p(lang, 'semicolon')}
        {model.bundle.briefing.publisher[lang]}
      </footer>
    );
  }
  const b = model.bundle.briefing;
  const issue = `${b.series[lang]} ${b.issue.year}-${b.issue.number}${p(lang, 'open')}${b.issue.total}${p(lang, 'close')}`;
  const title = `${p(lang, 'titleOpen')}${b.title[lang]}${p(lang, 'titleClose')}`;
  const parts = [
    b.publisher[lang],
    issue,
    `${b.subtitle[lang]}${lang === 'zh' ? '' : ', '}${title}`,
    b.date,
  ];
  return (
    // Over the foot of the map while presenting: the camera keeps the map clear of it.
    <footer className="credit" ref={ref} data-map-obstacle="">
      {t(lang, 'source')}
      {p(lang, 'colon')}
      {parts.join(p(lang, 'comma'))}
      {p(lang, 'semicolon')}
      {t(lang, 'compiledBy')} {b.editors.map((e) => e[lang]).join(p(lang, 'list'))}
    </footer>
  );
}
