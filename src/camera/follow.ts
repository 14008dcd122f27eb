import type { Model } from '../data/model';
import type { GeoView } from '../geo/view';
import { regionLabelPoints } from '../geo/map-layers';
import { presentationSteps } from '../deck/steps';
import type { Lang } from '../store/url-hash';
import { appStore, type AppStore } from '../store/store';
import { afterNextPaint } from '../lib/after-paint';
import { camera, type FrameTarget } from './controller';
import { chosenTarget, overviewTarget, regionsWithLinks } from './frame-rules';
import { cameraObstacles, obstaclesMoved, type Rect } from './visible-area';

/** Refits after one choice, as what covers the map settles (a panel's chunk, a font). */
const MAX_REFITS = 12;
/** Smaller changes of what covers the map are not worth moving the camera for. */
const REFIT_PX = 8;

type Options = { model: Model; geo: GeoView; host: () => Element | null };

/** Refit checks waiting for their frame (what covers the map changed, not yet measured). */
let checksPending = 0;

/**
 * Whether a change of what covers the map is still to be measured, and may move the
 * camera: the camera is not at rest until it is (read by the tests' `settled`). Under
 * load a panel's commit can hold that frame back for seconds.
 */
export function refitPending(): boolean {
  return checksPending > 0;
}

const activeStep = (s: AppStore) => (s.step !== null && !s.exploring ? s.step : null);

/**
 * Moves the camera to what is chosen: a selection, a presentation step, a place from
 * search. The panel (or sheet) is painted first, then measured, then the camera sets
 * off, so the fit leaves out what actually covers the map. While nothing else has moved
 * the camera since, a change of what covers the map (a panel opening, the language
 * changing the legend's width, the sheet expanding) or of the map's size fits again.
 */
export function startCameraFollow({ model, geo, host }: Options): () => void {
  // The steps depend on the language (a point is split to fit); derived on first use.
  const stepsIn = (lang: Lang) => presentationSteps(model, lang);
  const labels = regionLabelPoints(geo);
  let framed: { target: FrameTarget; at: number; refits: number } | null = null;
  let requests = 0;
  /** A choice waits for its frame: what covers the map is changing for it, not on its own. */
  let choosing = false;
  let lastRects: Rect[] = [];

  const obstacles = (): Rect[] => {
    const el = host();
    const rects = el ? cameraObstacles(el) : [];
    lastRects = rects;
    return rects;
  };

  const targetNow = (s: AppStore): FrameTarget | null => {
    const step = activeStep(s);
    if (step !== null) {
      const st = stepsIn(s.lang)[step];
      if (!st) return null;
      if (st.links.length === 0 && st.regions.length >= model.regions.length)
        return overviewTarget(geo);
      return regionsWithLinks(model, geo, labels, st.regions, st.links) ?? overviewTarget(geo);
    }
    const chosen = chosenTarget(model, geo, labels, s.selection);
    // The network view with nothing chosen: every region and every end of every link.
    if (!chosen && s.overview)
      return regionsWithLinks(
        model,
        geo,
        labels,
        model.regions.map((r) => r.id),
        model.bundle.links.map((l) => l.id),
      );
    return chosen;
  };

  const fit = (target: FrameTarget, animate: boolean, refits = 0) => {
    camera.fit(target, obstacles, { animate });
    framed = { target, at: camera.commandCount, refits };
  };

  // The first view: the URL's own view if it had one, or else what is selected, framed.
  if (!camera.view) fit(targetNow(appStore.getState()) ?? overviewTarget(geo), false);

  const unsubscribe = appStore.subscribe((s, prev) => {
    const moved =
      s.selection !== prev.selection ||
      activeStep(s) !== activeStep(prev) ||
      Boolean(s.overview) !== Boolean(prev.overview);
    if (!moved) return;
    const token = ++requests;
    const asked = camera.commandCount;
    choosing = true;
    afterNextPaint(() => {
      if (token === requests) choosing = false;
      // The last thing asked for wins: a newer choice, a view from the URL (back and
      // forward) or a gesture in that frame cancels this fit.
      if (token !== requests || camera.commandCount !== asked) return;
      const target = targetNow(appStore.getState());
      if (target) fit(target, true);
    });
  });

  // Refit when what covers the map, or the map itself, changes size.
  let scheduled = false;
  const check = () => {
    if (scheduled) return;
    scheduled = true;
    checksPending++;
    requestAnimationFrame(() => {
      scheduled = false;
      checksPending--;
      const el = host();
      if (choosing || !framed || !el || camera.commandCount !== framed.at) return;
      // A few refits per choice at most: what covers the map must never chase the camera.
      if (framed.refits >= MAX_REFITS) return;
      const moved = obstaclesMoved(lastRects, cameraObstacles(el), REFIT_PX);
      if (moved || sizeChanged()) fit(framed.target, true, framed.refits + 1);
    });
  };
  let size = '';
  const sizeChanged = () => {
    const { width, height } = camera.size;
    // Not laid out yet (the map's first size comes after this starts): nothing to compare.
    if (!width || !height) return false;
    const now = `${width}x${height}`;
    const changed = size !== '' && now !== size;
    size = now;
    return changed;
  };
  sizeChanged();
  const mutations = new MutationObserver(check);
  mutations.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-panel', 'data-sheet', 'lang', 'data-presenting'],
  });
  const resize = new ResizeObserver(check);
  const el = host();
  if (el) resize.observe(el);

  return () => {
    unsubscribe();
    mutations.disconnect();
    resize.disconnect();
  };
}
