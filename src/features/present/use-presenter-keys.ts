import { useEffect, useState } from 'react';
import { appStore } from '../../store/store';

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The keys presentation clickers send (→ ← Space PageDown PageUp), Home/End, a number
 * then Enter to jump, F for fullscreen, Esc to leave. Returns the number being typed.
 */
export function usePresenterKeys(count: number): string {
  const [typed, setTyped] = useState('');
  useEffect(() => {
    const go = (step: number) =>
      appStore.getState().setStep(Math.max(0, Math.min(count - 1, step)));
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const s = appStore.getState();
      const step = s.step ?? 0;
      if (/^[0-9]$/.test(e.key)) {
        setTyped((t) => (t + e.key).slice(-3));
      } else if (e.key === 'Enter' && typed) {
        go(Number(typed) - 1);
        setTyped('');
      } else if (['ArrowRight', 'PageDown', ' '].includes(e.key)) {
        if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
        go(s.exploring ? step : step + 1);
      } else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(s.exploring ? step : step - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(count - 1);
      else if (e.key === 'f' || e.key === 'F') toggleFullscreen();
      else if (e.key === 'Escape') {
        if (s.exploring) s.setStep(step);
        else s.setStep(null);
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, typed]);
  return typed;
}
