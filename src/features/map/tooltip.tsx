import { createStore, useStore } from 'zustand';

type Tip = { text: string; x: number; y: number } | null;

/** Pointer-following tooltip, kept out of the app store so moves never re-render the app. */
export const tooltipStore = createStore<{ tip: Tip }>(() => ({ tip: null }));

export function showTooltip(
  text: string,
  event: { clientX: number; clientY: number },
  host: Element,
) {
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
