import { WIDE_ID, type Model } from '../data/model';
import type { StoreApi } from 'zustand/vanilla';
import { appStore, type AppStore } from './store';
import { formatHash, parseHash, rejectedNotice, type HashState } from './url-hash';
import { camera as appCamera, type CameraController } from '../camera/controller';

const VIEW_THROTTLE_MS = 300;

/**
 * What the URL is kept in step with: the app's store and camera, or (in a test) its own.
 */
export type UrlSyncDeps = {
  store: StoreApi<AppStore>;
  camera: Pick<CameraController, 'view' | 'jumpTo' | 'flyTo' | 'subscribeView'>;
};

const appDeps: UrlSyncDeps = { store: appStore, camera: appCamera };

// Set while another briefing replaces the model: the store's changes are not written to
// the URL until the sync restarts with the new model (and reads the URL written for it).
let paused = false;

/** Stops writing the URL until startUrlSync runs again (a briefing switch wrote it). */
export function pauseUrlSync(): void {
  paused = true;
}

function stateToHash(
  s: AppStore,
  briefing: string | undefined,
  camera: UrlSyncDeps['camera'],
): string {
  const hash: HashState = { lang: s.lang };
  if (camera.view) hash.view = camera.view;
  if (briefing) hash.briefing = briefing;
  if (s.selection.region) hash.region = s.selection.region;
  if (s.selection.link) hash.link = s.selection.link;
  if (s.step !== null) hash.step = s.step + 1;
  if (s.belt) hash.belt = true;
  if (s.kinds) hash.kinds = s.kinds;
  if (s.overview) hash.overview = s.overview;
  return formatHash(hash);
}

/** Reads the hash into the store: unknown ids and bad values are dropped with a notice. */
export function applyHash(
  hash: string,
  model: Model,
  /** How many steps the presentation has: asked only when the hash names a step. */
  steps: () => number,
  fly: boolean,
  { store, camera }: UrlSyncDeps = appDeps,
): void {
  const { state, rejected } = parseHash(hash);
  const s = store.getState();
  if (state.region && state.region !== WIDE_ID && !model.region(state.region)) {
    rejected.push(`region=${state.region}`);
    delete state.region;
  }
  if (state.link && !model.link(state.link)) {
    rejected.push(`link=${state.link}`);
    delete state.link;
  }
  if (state.step !== undefined && (state.step < 1 || state.step > steps())) {
    rejected.push(`step=${state.step}`);
    delete state.step;
  }
  if (state.kinds) {
    const unknown = state.kinds.filter((k) => !model.bundle.kinds.some((kind) => kind.id === k));
    if (unknown.length) rejected.push(`kinds=${unknown.join(',')}`);
    s.setKinds(state.kinds.filter((k) => !unknown.includes(k)));
  } else if (fly) s.setKinds(null);
  s.setOverview(state.overview ?? null);
  // No lang= is Chinese: going back past a switch to English switches back.
  if (state.lang) s.setLang(state.lang);
  else if (fly) s.setLang('zh');
  if (state.belt !== undefined || fly) s.setBelt(state.belt ?? false);
  const region = state.region ?? (state.link ? model.regionOf(model.link(state.link)!.from) : null);
  if (state.link) s.selectLink(state.link, region);
  else if (state.region) s.selectRegion(state.region);
  else if (fly) s.clearSelection();
  if (state.step !== undefined) s.setStep(state.step - 1);
  else if (fly && s.step !== null) s.setStep(null);
  // After the selection: a view in the URL wins over framing what it selects.
  if (state.view) {
    if (fly) camera.flyTo(state.view);
    else camera.jumpTo(state.view);
  }
  if (rejected.length) {
    s.notify(rejectedNotice(rejected));
  }
}

/**
 * Keeps the URL hash and the store in step. A new selection, language or step is a new
 * history entry (so back and forward step through them); camera moves replace the
 * current entry, throttled, as MapLibre's own hash does.
 */
export function startUrlSync(
  model: Model,
  steps: () => number,
  briefing?: string,
  deps: UrlSyncDeps = appDeps,
  /**
   * Back or forward to an entry of another briefing: `true` when the caller loads it (the
   * hash is then applied once its model is here, by the next startUrlSync).
   */
  otherBriefing?: (wanted: string | undefined) => boolean,
): () => void {
  const { store, camera } = deps;
  paused = false;
  applyHash(location.hash, model, steps, false, deps);
  // The URL as the state reads it (an entry kept only where it already says so).
  const hash = stateToHash(store.getState(), briefing, camera);
  if (hash !== location.hash)
    history.replaceState(history.state, '', hash || location.pathname + location.search);
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || paused) return;
    const next = stateToHash(s, briefing, camera);
    if (next === location.hash) return;
    const entry =
      s.selection !== prev.selection ||
      s.lang !== prev.lang ||
      s.step !== prev.step ||
      s.belt !== prev.belt ||
      s.kinds !== prev.kinds ||
      s.overview !== prev.overview;
    if (entry) {
      clearTimeout(timer);
      history.pushState(null, '', next);
    }
  });
  // The camera comes to rest: the current entry gets its view, throttled.
  const unsubscribeView = camera.subscribeView(() => {
    if (applying || paused) return;
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        history.replaceState(history.state, '', stateToHash(store.getState(), briefing, camera)),
      VIEW_THROTTLE_MS,
    );
  });

  const onPop = () => {
    if (otherBriefing) {
      const wanted = parseHash(location.hash).state.briefing;
      if (wanted !== briefing && otherBriefing(wanted)) return;
    }
    applying = true;
    try {
      applyHash(location.hash, model, steps, true, deps);
    } finally {
      applying = false;
    }
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    unsubscribeView();
    clearTimeout(timer);
    window.removeEventListener('popstate', onPop);
  };
}
