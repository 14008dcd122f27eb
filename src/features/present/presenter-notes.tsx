import { useEffect, useMemo, useRef, useState } from 'react';
import type { Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';
import { presentationSteps } from './steps';
import { joinPresenterChannel } from './presenter-channel';

function elapsedText(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The presenter's own window: notes for this step, what comes next, time elapsed. */
export function PresenterNotes({ model }: { model: Model }) {
  const steps = useMemo(() => presentationSteps(model), [model]);
  const [state, setState] = useState<{ step: number | null; lang: Lang }>({
    step: null,
    lang: 'zh',
  });
  const [now, setNow] = useState(() => Date.now());
  const [started] = useState(() => Date.now());
  const channel = useRef<ReturnType<typeof joinPresenterChannel> | null>(null);

  useEffect(() => {
    const c = joinPresenterChannel((step, lang) => setState({ step, lang }));
    channel.current = c;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      c.close();
      clearInterval(timer);
    };
  }, []);

  const { lang } = state;
  const index = state.step;
  const step = index === null ? undefined : steps[index];
  const next = index === null ? undefined : steps[index + 1];
  return (
    <main className="presenter-notes" data-step={step?.id ?? 'none'}>
      <header>
        <h1>{t(lang, 'presenterView')}</h1>
        <p className="elapsed">
          {t(lang, 'elapsed')} <time>{elapsedText(now - started)}</time>
        </p>
      </header>
      {step ? (
        <>
          <p className="step-count">
            {index! + 1} / {steps.length}
          </p>
          <h2>{step.heading[lang]}</h2>
          {step.viewpoints.map((v) => (
            <section key={v.id} className="note">
              {lang === 'en' ? (
                <>
                  <p lang="en">{v.en}</p>
                  <details>
                    <summary>{t(lang, 'chineseOriginal')}</summary>
                    <p lang="zh" className="note-source">
                      {model.paragraph(v.paragraph)}
                    </p>
                  </details>
                </>
              ) : (
                <>
                  <p lang="zh">{v.quote}</p>
                  <p lang="zh" className="note-source">
                    {model.paragraph(v.paragraph)}
                  </p>
                </>
              )}
            </section>
          ))}
          <p className="next-step">
            {t(lang, 'nextStep')}: {next ? next.heading[lang] : '—'}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={index === 0}
              onClick={() => channel.current?.go(index! - 1)}
            >
              ← {t(lang, 'previous')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!next}
              onClick={() => channel.current?.go(index! + 1)}
            >
              {t(lang, 'next')} →
            </button>
          </div>
        </>
      ) : (
        <p>{t(lang, 'notPresenting')}</p>
      )}
    </main>
  );
}
