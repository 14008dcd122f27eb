import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CameraController } from '../camera/controller';
import { loadBriefingDir } from '../data/node/load-briefing';
import { buildModel } from '../data/model';
import { realDir } from '../data/test-helpers';
import { appStore, createAppStore } from './store';
import { applyHash, startUrlSync, type UrlSyncDeps } from './url-sync';

const model = buildModel(loadBriefingDir(realDir).bundle!);
const STEPS = 12;

/**
 * The browser's address bar and session history, as far as the URL sync uses them: each
 * entry is a URL; `back` and `forward` move between entries and fire `popstate`.
 */
function fakeBrowser(start: string) {
  const entries = [new URL(start)];
  let index = 0;
  const listeners = new Set<() => void>();
  const current = () => entries[index]!;
  const location = {
    get hash() {
      return current().hash;
    },
    get pathname() {
      return current().pathname;
    },
    get search() {
      return current().search;
    },
    get href() {
      return current().href;
    },
  };
  const history = {
    state: null,
    pushState(_state: unknown, _title: string, url: string) {
      entries.splice(index + 1, Infinity, new URL(url, current()));
      index = entries.length - 1;
    },
    replaceState(_state: unknown, _title: string, url: string) {
      entries[index] = new URL(url, current());
    },
  };
  const go = (delta: number) => {
    index += delta;
    for (const l of listeners) l();
  };
  const window = {
    addEventListener: (type: string, l: () => void) => type === 'popstate' && listeners.add(l),
    removeEventListener: (type: string, l: () => void) =>
      type === 'popstate' && listeners.delete(l),
  };
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', history);
  vi.stubGlobal('window', window);
  return {
    hash: () => location.hash,
    /** How many entries the reader can go back through. */
    length: () => entries.length,
    back: () => go(-1),
    /** The reader edits the hash in the address bar: a new entry, and `popstate`. */
    typeHash: (hash: string) => {
      history.pushState(null, '', hash);
      go(0);
    },
    forward: () => go(1),
    listening: () => listeners.size,
  };
}

/** A store and a camera of this test's own: the app's are never touched. */
function ownDeps(): UrlSyncDeps & { store: ReturnType<typeof createAppStore> } {
  return { store: createAppStore(), camera: new CameraController() };
}

const notices = (deps: UrlSyncDeps) => deps.store.getState().notices.map((n) => n.text.en);

describe('the URL and the app in step', () => {
  const appState = appStore.getState();

  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    // The tests used their own store: the app's was never written.
    expect(appStore.getState()).toBe(appState);
  });

  it('opens what a shared link names, and keeps its #map= view', () => {
    const browser = fakeBrowser('https://x.test/app/#map=6/30.5/114.3&region=yangtze-delta');
    const deps = ownDeps();
    const stop = startUrlSync(model, () => STEPS, undefined, deps);
    expect(deps.store.getState().selection.region).toBe('yangtze-delta');
    expect(deps.camera.view).toEqual({ zoom: 6, lat: 30.5, lng: 114.3 });
    expect(browser.hash()).toBe('#map=6/30.5/114.3&region=yangtze-delta');
    expect(notices(deps)).toEqual([]);
    stop();
  });

  it('leaves the entry alone at start where the URL already says what is shown', () => {
    fakeBrowser('https://x.test/app/#region=yangtze-delta');
    const replace = vi.spyOn(history, 'replaceState');
    const stop = startUrlSync(model, () => STEPS, undefined, ownDeps());
    expect(replace).not.toHaveBeenCalled();
    stop();
  });

  it('writes a selection, a language and a step as new history entries', () => {
    const browser = fakeBrowser('https://x.test/app/');
    const deps = ownDeps();
    const stop = startUrlSync(model, () => STEPS, undefined, deps);
    const s = deps.store.getState();
    expect(browser.hash()).toBe('');
    s.selectRegion('jingjinji');
    expect(browser.hash()).toBe('#region=jingjinji');
    s.selectLink('jingjinji-ntic-world', 'jingjinji');
    expect(browser.hash()).toBe('#region=jingjinji&link=jingjinji-ntic-world');
    s.setLang('en');
    expect(browser.hash()).toBe('#region=jingjinji&link=jingjinji-ntic-world&lang=en');
    s.setStep(2);
    expect(browser.hash()).toMatch(/step=3/);
    expect(browser.length()).toBe(5);
    stop();
  });

  it('gives a camera move no entry of its own: the current one gets the view, once it rests', () => {
    const browser = fakeBrowser('https://x.test/app/#region=jingjinji');
    const deps = ownDeps();
    const stop = startUrlSync(model, () => STEPS, undefined, deps);
    // A view is written once the camera has been still for a moment, not on every frame.
    deps.camera.jumpTo({ zoom: 5, lat: 39, lng: 116 });
    vi.advanceTimersByTime(200);
    deps.camera.jumpTo({ zoom: 6, lat: 39.5, lng: 116.5 });
    vi.advanceTimersByTime(200);
    expect(browser.hash()).toBe('#region=jingjinji');
    vi.advanceTimersByTime(200);
    expect(browser.hash()).toBe('#map=6/39.5/116.5&region=jingjinji');
    expect(browser.length()).toBe(1);
    stop();
  });

  it('back and forward restore the selections, and write no entry while doing so', () => {
    const browser = fakeBrowser('https://x.test/app/');
    const deps = ownDeps();
    const stop = startUrlSync(model, () => STEPS, undefined, deps);
    const s = () => deps.store.getState();
    s().selectRegion('jingjinji');
    s().selectRegion('yangtze-delta');
    s().setLang('en');
    expect(browser.length()).toBe(4);

    browser.back();
    expect(s().lang).toBe('zh');
    expect(s().selection.region).toBe('yangtze-delta');
    browser.back();
    expect(s().selection.region).toBe('jingjinji');
    browser.back();
    expect(s().selection.region).toBeNull();
    browser.forward();
    expect(s().selection.region).toBe('jingjinji');
    // Going back and forth added nothing: forward still reaches the last entry.
    expect(browser.length()).toBe(4);
    browser.forward();
    browser.forward();
    expect(s().lang).toBe('en');
    expect(s().selection.region).toBe('yangtze-delta');
    stop();
  });

  it('back to an entry with another view keeps the entries ahead of it', () => {
    const browser = fakeBrowser('https://x.test/app/#map=5/30/110');
    const deps = ownDeps();
    const stop = startUrlSync(model, () => STEPS, undefined, deps);
    deps.store.getState().selectRegion('jingjinji');
    deps.camera.jumpTo({ zoom: 6, lat: 39, lng: 116 });
    vi.advanceTimersByTime(400);
    expect(browser.hash()).toBe('#map=6/39/116&region=jingjinji');
    browser.back();
    expect(deps.store.getState().selection.region).toBeNull();
    expect(deps.camera.view).toEqual({ zoom: 5, lat: 30, lng: 110 });
    vi.advanceTimersByTime(400);
    expect(browser.hash()).toBe('#map=5/30/110');
    browser.forward();
    expect(deps.store.getState().selection.region).toBe('jingjinji');
    expect(deps.camera.view).toEqual({ zoom: 6, lat: 39, lng: 116 });
    expect(browser.length()).toBe(2);
    stop();
  });

  it('back to a link entry restores the link and the region it lies in', () => {
    const browser = fakeBrowser('https://x.test/app/#link=hubei-hunan-collaboration');
    const deps = ownDeps();
    const stop = startUrlSync(model, () => STEPS, undefined, deps);
    expect(deps.store.getState().selection).toMatchObject({
      region: 'middle-yangtze',
      link: 'hubei-hunan-collaboration',
    });
    deps.store.getState().clearSelection();
    browser.back();
    expect(deps.store.getState().selection.link).toBe('hubei-hunan-collaboration');
    stop();
  });

  it('drops what it does not know with a notice, and keeps the rest', () => {
    const browser = fakeBrowser(
      'https://x.test/app/#map=banana&region=nowhere&link=yangtze-delta&step=99&lang=en&kinds=tech-finance,made-up',
    );
    const deps = ownDeps();
    const stop = startUrlSync(model, () => STEPS, undefined, deps);
    const s = deps.store.getState();
    expect(s.lang).toBe('en');
    expect(s.kinds).toEqual(['tech-finance']);
    expect(s.selection.region).toBeNull();
    expect(s.step).toBeNull();
    expect(deps.camera.view).toBeNull();
    const [notice, ...more] = notices(deps);
    expect(more).toEqual([]);
    // The notice names the parts themselves when there are few, the count when there are many.
    expect(notice).toMatch(/parts of the link this map does not know were ignored/);
    expect(notice).toContain('map=banana');
    expect(notice).toContain('region=nowhere');
    // The URL is rewritten to what was kept.
    expect(browser.hash()).toBe('#kinds=tech-finance&lang=en');
    stop();
  });

  it('a bad hash typed into the address bar keeps the state and says what it ignored', () => {
    const browser = fakeBrowser('https://x.test/app/#region=nowhere');
    const deps = ownDeps();
    const stop = startUrlSync(model, () => STEPS, undefined, deps);
    expect(notices(deps)).toEqual([
      'Ignored what the link had that this map does not know: region=nowhere',
    ]);
    expect(browser.hash()).toBe('');
    const s = () => deps.store.getState();
    s().dismissNotice(s().notices[0]!.id);
    s().selectRegion('jingjinji');
    s().setLang('en');
    browser.typeHash('#region=jingjinji&lang=en&step=abc&link=nothing-here');
    expect(notices(deps)).toEqual([
      'Ignored what the link had that this map does not know: step=abc, link=nothing-here',
    ]);
    expect(s().selection.region).toBe('jingjinji');
    expect(s().lang).toBe('en');
    stop();
  });

  it('keeps the briefing named in the URL', () => {
    const browser = fakeBrowser('https://x.test/app/#briefing=pujiang-2023-07');
    const deps = ownDeps();
    const stop = startUrlSync(model, () => STEPS, 'pujiang-2023-07', deps);
    deps.store.getState().selectRegion('yellow-river');
    expect(browser.hash()).toBe('#briefing=pujiang-2023-07&region=yellow-river');
    stop();
  });

  it('stops listening when stopped', () => {
    const browser = fakeBrowser('https://x.test/app/');
    const deps = ownDeps();
    const stop = startUrlSync(model, () => STEPS, undefined, deps);
    expect(browser.listening()).toBe(1);
    stop();
    expect(browser.listening()).toBe(0);
    deps.store.getState().selectRegion('jingjinji');
    deps.camera.jumpTo({ zoom: 5, lat: 39, lng: 116 });
    vi.advanceTimersByTime(400);
    expect(browser.hash()).toBe('');
  });
});

describe('reading a hash into a store', () => {
  it('a step in range is shown (1-based in the URL), one out of range is refused', () => {
    const deps = ownDeps();
    applyHash('#step=3', model, () => STEPS, false, deps);
    expect(deps.store.getState().step).toBe(2);
    applyHash(`#step=${STEPS + 1}`, model, () => STEPS, false, deps);
    expect(deps.store.getState().step).toBe(2);
    expect(notices(deps)[0]).toContain(`step=${STEPS + 1}`);
  });

  it('going back to an entry without a selection or step clears them', () => {
    const deps = ownDeps();
    applyHash(
      '#region=jingjinji&step=2&belt=1&kinds=tech-finance',
      model,
      () => STEPS,
      false,
      deps,
    );
    expect(deps.store.getState()).toMatchObject({ step: 1, belt: true, kinds: ['tech-finance'] });
    applyHash('', model, () => STEPS, true, deps);
    expect(deps.store.getState()).toMatchObject({
      step: null,
      belt: false,
      kinds: null,
      selection: { region: null, link: null },
    });
  });

  it('flies to a view from history, jumps to one from a fresh link', () => {
    const deps = ownDeps();
    const camera = deps.camera as CameraController;
    const jump = vi.spyOn(camera, 'jumpTo');
    const fly = vi.spyOn(camera, 'flyTo');
    applyHash('#map=5/30/110', model, () => STEPS, false, deps);
    expect(jump).toHaveBeenCalledWith({ zoom: 5, lat: 30, lng: 110 });
    applyHash('#map=7/31/121', model, () => STEPS, true, deps);
    expect(fly).toHaveBeenCalledWith({ zoom: 7, lat: 31, lng: 121 });
  });
});
