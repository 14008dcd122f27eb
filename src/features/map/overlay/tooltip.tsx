import { createStore, useStore } from 'zustand';

type Tip = { text: string; x: number; y: number } | null;

/** Pointer-following tooltip, kept out of the app store so moves never re-render the app. */
export const tooltipStore = createStore<{ tip: Tip }>(() => ({ tip: null }));

/**
 * A finger has no hover: a tooltip shown for a touch would outlive it (the browser sends
 * a mouse move after a tap). The last pointer's type decides.
 */
let lastPointer = 'mouse';
if (typeof window !== 'undefined') {
  const note = (e: PointerEvent) => {
    lastPointer = e.pointerType;
    if (lastPointer === 'touch') hideTooltip();
  };
  window.addEventListener('pointerdown', note, { capture: true, passive: true });
  window.addEventListener('pointermove', note, { capture: true, passive: true });
}

export function showTooltip(
  text: string,
  event: { clientX: number; clientY: number },
  host: Element,
) {
  if (lastPointer === 'touch') return;
  const box = host.getBoundingClientRect();
  tooltipStore.setState({ tip: { text, x: event.clientX - box.left, y: event.clientY - box.top } });
}

export function hideTooltip() {
  tooltipStore.setState({ tip: null });
}

export function MapTooltip() {
  const tip = useStore(tooltipStore, (s) => s.tip);
  if (!tip) return null;
  return (
    <div className="map-tooltip" role="status" style={{ left: tip.x + 14, top: tip.y + 14 }}>
      {tip.text}
    </div>
  );
}
