import { useEffect, useState } from 'react';
import { appStore } from '../../store/store';
import { applyNav, isTyping, navForKey } from './nav';
import { restoreBeforePresenting } from './before-presenting';

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/**
 * The keys presentation clickers send (→ ← Space PageDown PageUp), Home/End, a number
 * then Enter to jump, F for fullscreen, Esc to leave. Returns the number being typed.
 */
export function usePresenterKeys(count: number): string {
  const [typed, setTyped] = useState('');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const s = appStore.getState();
      const step = s.step ?? 0;
      const nav = navForKey(e.key);
      if (/^[0-9]$/.test(e.key)) {
        setTyped((t) => (t + e.key).slice(-3));
      } else if (e.key === 'Enter' && typed) {
        s.setStep(Math.max(0, Math.min(count - 1, Number(typed) - 1)));
        setTyped('');
      } else if (nav) {
        if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
        // While the audience explores, the first key returns to the step.
        s.setStep(s.exploring ? step : applyNav(nav, step, count));
      } else if (e.key === 'f' || e.key === 'F') toggleFullscreen();
      else if (e.key === 'Escape') {
        if (s.exploring) s.setStep(step);
        else restoreBeforePresenting();
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, typed]);
  return typed;
}
