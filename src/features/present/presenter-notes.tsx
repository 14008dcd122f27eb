import { useEffect, useMemo, useRef, useState } from 'react';
import type { Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';
import { t } from '../../i18n/strings';
import { presentationSteps, type Step } from '../../deck/steps';
import { joinPresenterChannel, sessionFromHash } from './presenter-channel';
import { isTyping, navForKey } from './nav';
import './presenter-notes.css';

function elapsedText(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function stepTitle(step: Step, lang: Lang): string {
  const part = step.part ? ` (${step.part.index}/${step.part.count})` : '';
  return step.heading[lang] + part;
}

/** Who is quoted and where in the source: what a presenter needs, not the quote again in full. */
function StepNotes({ model, step, lang }: { model: Model; step: Step; lang: Lang }) {
  if (!step.viewpoints.length) return <p className="notes-empty">{t(lang, 'notesNoQuotes')}</p>;
  const source = new Map(model.bundle.source.paragraphs.map((p) => [p.id, p]));
  return (
    <ol className="notes-list">
      {step.viewpoints.map((v) => {
        const speaker = model.speaker(v.speaker);
        const paragraph = source.get(v.paragraph);
        return (
          <li key={v.id} className="note">
            <strong>{speaker?.name[lang]}</strong> · {speaker?.titles[0]?.[lang]}
            <span className="note-source">
              {t(lang, 'paragraph')} {v.paragraph.replace(/^p0*/, '')} · {t(lang, 'sourceLine')}{' '}
              {paragraph?.lines.join(', ')}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The presenter's own window: this step and the next, time elapsed, who is quoted and
 * where. It takes the clicker's keys too and steps the main window of its session.
 */
export function PresenterNotes({ model }: { model: Model }) {
  const session = useMemo(() => sessionFromHash(location.hash), []);
  const [state, setState] = useState<{ step: number | null; lang: Lang }>({
    step: null,
    lang: 'zh',
  });
  const steps = useMemo(() => presentationSteps(model, state.lang), [model, state.lang]);
  const [now, setNow] = useState(() => Date.now());
  const [started, setStarted] = useState(() => Date.now());
  const channel = useRef<ReturnType<typeof joinPresenterChannel> | null>(null);

  useEffect(() => {
    if (!session || typeof BroadcastChannel === 'undefined') return;
    const c = joinPresenterChannel(session, (step, lang) => setState({ step, lang }));
    channel.current = c;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const nav = navForKey(e.key);
      if (!nav || (e.key === ' ' && e.target instanceof HTMLButtonElement)) return;
      e.preventDefault();
      c.nav(nav);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      c.close();
      clearInterval(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [session]);

  useEffect(() => {
    document.title = `${t(state.lang, 'presenterView')} · ${t(state.lang, 'appTitle')}`;
  }, [state.lang]);

  const { lang, step: index } = state;
  const step = index === null ? undefined : steps[Math.min(index, steps.length - 1)];
  const next = index === null ? undefined : steps[index + 1];
  return (
    <main
      className="presenter-notes"
      data-step={step?.id ?? 'none'}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
    >
      <header>
        <h1>{t(lang, 'presenterView')}</h1>
        <p className="elapsed">
          {t(lang, 'elapsed')} <time>{elapsedText(now - started)}</time>{' '}
          <button type="button" className="link-button" onClick={() => setStarted(Date.now())}>
            {t(lang, 'resetTimer')}
          </button>
        </p>
      </header>
      {!session ? (
        <p role="alert">{t(lang, 'notPresenting')}</p>
      ) : step ? (
        <>
          <section className="notes-current" aria-labelledby="notes-current">
            <p className="step-count">
              {t(lang, 'currentStep')} {index! + 1} / {steps.length}
            </p>
            <h2 id="notes-current">{stepTitle(step, lang)}</h2>
            <StepNotes model={model} step={step} lang={lang} />
          </section>
          <section className="notes-next" aria-labelledby="notes-next">
            <h2 id="notes-next">
              {t(lang, 'nextStep')}
              {lang === 'zh' ? '：' : ': '}
              {next ? stepTitle(next, lang) : '—'}
            </h2>
            {next && next.viewpoints.length > 0 && (
              <p className="note-source">
                {[
                  ...new Set(next.viewpoints.map((v) => model.speaker(v.speaker)?.name[lang])),
                ].join(lang === 'zh' ? '、' : ', ')}
              </p>
            )}
          </section>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={index === 0}
              onClick={() => channel.current?.nav('previous')}
            >
              ← {t(lang, 'previous')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!next}
              onClick={() => channel.current?.nav('next')}
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
