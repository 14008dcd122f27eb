import type { ReactNode } from 'react';
import type { Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';
import { regionFillSeen } from '../../geo/palette';
import { appAddress, type Step } from '../../deck/steps';

/** `text` with each of `phrases` marked where it first occurs. */
function marked(text: string, phrases: string[]): ReactNode[] {
  const spans = phrases
    .map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length }))
    .filter((s) => s.start >= 0)
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out.push(text.slice(at, s.start), <mark key={s.start}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  out.push(text.slice(at));
  return out;
}

/** The body of one step, below its heading. */
export function StepContent({ model, step, lang }: { model: Model; step: Step; lang: Lang }) {
  const b = model.bundle.briefing;
  if (step.kind === 'title') {
    return (
      <>
        <p className="step-meta">
          {b.publisher[lang]} · <span className="step-part">{b.date}</span>
        </p>
        <p className="step-meta">
          {b.series[lang]} {b.issue.year}-{b.issue.number}
        </p>
        <p className="step-meta">
          {t(lang, 'compiledBy')}
          {lang === 'en' && ' '}
          {b.editors.map((e) => e[lang]).join(lang === 'zh' ? '、' : ', ')}
        </p>
      </>
    );
  }
  if (step.kind === 'editor-note') {
    const text = lang === 'zh' ? model.paragraph(b.editorNote.paragraph) : b.editorNote.en;
    const phrases = step.mentions.map((m) => (lang === 'zh' ? m.quote : m.en));
    return (
      <p className="step-text" lang={lang === 'zh' ? 'zh' : 'en'}>
        {marked(text, phrases)}
      </p>
    );
  }
  if (step.kind === 'closing') {
    return (
      <div className="closing">
        <h3>{t(lang, 'regions')}</h3>
        <ul className="closing-regions">
          {model.regions.map((r, i) => (
            <li key={r.id}>
              <span
                className="swatch"
                style={{ background: regionFillSeen(i) }}
                aria-hidden="true"
              />
              {r.name[lang]}
            </li>
          ))}
        </ul>
        <h3>{t(lang, 'source')}</h3>
        <p className="closing-source">{model.bundle.source.attribution[lang]}</p>
        <h3>{t(lang, 'mapAddress')}</h3>
        <p className="closing-address">{appAddress(location.href)}</p>
      </div>
    );
  }
  return (
    <>
      {step.viewpoints.map((v) => {
        const speaker = model.speaker(v.speaker);
        return (
          <figure key={v.id} className="step-quote">
            <blockquote lang={lang === 'en' ? 'en' : 'zh'}>
              {lang === 'en' ? v.en : v.quote}
            </blockquote>
            <figcaption>
              <cite>{speaker?.name[lang]}</cite> · {speaker?.titles[0]?.[lang]}
            </figcaption>
          </figure>
        );
      })}
    </>
  );
}
