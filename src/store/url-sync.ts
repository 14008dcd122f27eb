import { WIDE_ID, type Model } from '../data/model';
import { appStore, type AppStore } from './store';
import { formatHash, parseHash, rejectedNotice, type HashState } from './url-hash';

const VIEW_THROTTLE_MS = 300;

function stateToHash(s: AppStore, briefing: string | undefined): string {
  const hash: HashState = { lang: s.lang };
  if (s.view) hash.view = s.view;
  if (briefing) hash.briefing = briefing;
  if (s.selection.region) hash.region = s.selection.region;
  if (s.selection.link) hash.link = s.selection.link;
  if (s.step !== null) hash.step = s.step + 1;
  return formatHash(hash);
}

/** Reads the hash into the store: unknown ids and bad values are dropped with a notice. */
export function applyHash(hash: string, model: Model, steps: number, fly: boolean): void {
  const { state, rejected } = parseHash(hash);
  const s = appStore.getState();
  if (state.region && state.region !== WIDE_ID && !model.region(state.region)) {
    rejected.push(`region=${state.region}`);
    delete state.region;
  }
  if (state.link && !model.link(state.link)) {
    rejected.push(`link=${state.link}`);
    delete state.link;
  }
  if (state.step !== undefined && (state.step < 1 || state.step > steps)) {
    rejected.push(`step=${state.step}`);
    delete state.step;
  }
  if (state.lang) s.setLang(state.lang);
  if (state.view) {
    if (fly) s.flyTo(state.view);
    else s.setView(state.view);
  }
  const region = state.region ?? (state.link ? model.regionOf(model.link(state.link)!.from) : null);
  if (state.link) s.selectLink(state.link, region);
  else if (state.region) s.selectRegion(state.region);
  else if (fly) s.clearSelection();
  if (state.step !== undefined) s.setStep(state.step - 1);
  else if (fly && s.step !== null) s.setStep(null);
  if (rejected.length) {
    s.notify(rejectedNotice(rejected));
  }
}

/**
 * Keeps the URL hash and the store in step. A new selection, language or step is a new
 * history entry (so back and forward step through them); camera moves replace the
 * current entry, throttled, as MapLibre's own hash does.
 */
export function startUrlSync(model: Model, steps: number, briefing?: string): () => void {
  applyHash(location.hash, model, steps, false);
  history.replaceState(
    history.state,
    '',
    stateToHash(appStore.getState(), briefing) || location.pathname + location.search,
  );
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const unsubscribe = appStore.subscribe((s, prev) => {
    if (applying) return;
    const next = stateToHash(s, briefing);
    if (next === location.hash) return;
    const entry = s.selection !== prev.selection || s.lang !== prev.lang || s.step !== prev.step;
    if (entry) {
      clearTimeout(timer);
      history.pushState(null, '', next);
    } else if (s.view !== prev.view) {
      clearTimeout(timer);
      timer = setTimeout(
        () => history.replaceState(history.state, '', stateToHash(appStore.getState(), briefing)),
        VIEW_THROTTLE_MS,
      );
    }
  });

  const onPop = () => {
    applying = true;
    try {
      applyHash(location.hash, model, steps, true);
    } finally {
      applying = false;
    }
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('popstate', onPop);
  };
}
