import { appStore, type Selection } from '../../store/store';
import { parseHash, type View } from '../../store/url-hash';
import { afterNextPaint } from '../../lib/after-paint';
import { camera } from '../../camera/controller';

type Saved = { view: View | null; selection: Selection; hash: string };
let saved: Saved | null = null;

/** Starts presenting at `step`, remembering the map as it was, for Esc to return to. */
export function startPresenting(step = 0): void {
  const s = appStore.getState();
  // The view as the URL has it (rounded), when the URL has caught up with the camera:
  // flying back to it then writes the very same URL.
  const inUrl = parseHash(location.hash).state.view;
  const current = camera.view;
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.006;
  const view =
    inUrl &&
    current &&
    near(inUrl.zoom, current.zoom) &&
    near(inUrl.lat, current.lat) &&
    near(inUrl.lng, current.lng)
      ? inUrl
      : current;
  if (s.step === null) saved = { view, selection: s.selection, hash: location.hash };
  s.setStep(step);
}

/**
 * Leaves presenting and returns to the selection and camera from before it (and so to
 * the same URL). Opened from a `#step=` link, there was no "before": the overview.
 */
export function restoreBeforePresenting(): void {
  const s = appStore.getState();
  if (s.step === null) return;
  const before = saved;
  saved = null;
  s.setStep(null);
  if (!before) {
    s.clearSelection();
    return;
  }
  if (s.selection !== before.selection) appStore.setState({ selection: before.selection });
  const view = before.view;
  if (!view) return;
  // Leaving brings the top bar back, which resizes the map, and a changed selection asks
  // the camera to frame it after the next paint: fly back once both are done, so the
  // view from before presenting is the last word.
  afterNextPaint(() => afterNextPaint(() => camera.flyTo(view)));
}

/** For tests: what `startPresenting` remembered. */
export function savedBeforePresenting(): Readonly<Saved> | null {
  return saved;
}
