import { useEffect, useRef } from 'react';
import type { Model } from '../../data/model';
import { appStore, useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { RegionPanel } from '../panel';
import type { Step } from '../../deck/steps';
import { openPresenterWindow } from './presenter-window';
import { useOverflows } from '../../lib/use-overflows';
import { restoreBeforePresenting } from './before-presenting';
import { StepKey } from './step-key';
import { StepContent } from './step-content';
import './presenter.css';

/**
 * Presenter mode on a projector: the map with only this step's arcs and their key, and a
 * text column (at most 40 % of the width) in type readable from the back of a room.
 */
export function Presenter({
  model,
  steps,
  typed,
}: {
  model: Model;
  steps: Step[];
  /** The step number being typed on the keyboard (keys are read by `Presenting`). */
  typed: string;
}) {
  const lang = useAppStore((s) => s.lang);
  const index = Math.min(useAppStore((s) => s.step) ?? 0, steps.length - 1);
  const exploring = useAppStore((s) => s.exploring);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [bodyRef, bodyScrolls] = useOverflows<HTMLDivElement>();
  const step = steps[Math.min(index, steps.length - 1)]!;

  useEffect(() => {
    if (!exploring) headingRef.current?.focus({ preventScroll: true });
  }, [index, exploring]);

  const bar = (
    <div className="present-bar">
      <progress max={steps.length} value={index + 1} aria-label={t(lang, 'progress')} />
      <span className="step-count" aria-live="polite">
        {index + 1} / {steps.length}
        {typed && <span className="typed"> → {typed}</span>}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t(lang, 'previous')}
        disabled={index === 0}
        onClick={() => appStore.getState().setStep(index - 1)}
      >
        ←
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t(lang, 'next')}
        disabled={index === steps.length - 1}
        onClick={() => appStore.getState().setStep(index + 1)}
      >
        →
      </button>
      <button type="button" className="button" onClick={() => openPresenterWindow()}>
        {t(lang, 'presenterView')}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t(lang, 'leavePresentation')}
        title={`${t(lang, 'leavePresentation')} (Esc)`}
        onClick={restoreBeforePresenting}
      >
        ✕
      </button>
    </div>
  );

  if (exploring) {
    return (
      <div className="presenter exploring" data-map-obstacle>
        {bar}
        <button
          type="button"
          className="button back-to-step"
          onClick={() => appStore.getState().setStep(index)}
        >
          ← {t(lang, 'backToStep')} {index + 1}
        </button>
        <RegionPanel model={model} />
      </div>
    );
  }

  return (
    <>
      <aside
        className="presenter"
        aria-labelledby="step-heading"
        data-step={step.id}
        data-step-kind={step.kind}
        data-regions={step.regions.join(' ')}
        data-map-obstacle
      >
        {bar}
        <div
          className="step-body"
          ref={bodyRef}
          role="group"
          aria-label={t(lang, 'presenterNotesText')}
          tabIndex={bodyScrolls ? 0 : undefined}
          data-scrolls={bodyScrolls}
        >
          {step.section && (
            <p className="step-section">
              {step.section[lang]}
              {step.part && (
                <span className="step-part">
                  {' '}
                  {step.part.index}/{step.part.count}
                </span>
              )}
            </p>
          )}
          <h2
            id="step-heading"
            ref={headingRef}
            tabIndex={-1}
            className={step.part && step.part.index > 1 ? 'continued' : undefined}
          >
            {step.heading[lang]}
          </h2>
          <StepContent model={model} step={step} lang={lang} />
        </div>
      </aside>
      <StepKey model={model} step={step} lang={lang} />
    </>
  );
}
