import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Lang, Overview } from './url-hash';

export type Renderer = 'svg' | 'maplibre';
export type Notice = { id: number; text: { zh: string; en: string } };

export type Selection = {
  region: string | null;
  link: string | null;
  /** A viewpoint to scroll to and highlight (from search). */
  viewpoint: string | null;
  /** A place chosen in search: shown close up, with its marker. */
  place: string | null;
};

/** The camera is not here: it is owned by `camera` (src/camera/controller.ts). */
export type AppState = {
  selection: Selection;
  hover: { region: string | null; link: string | null };
  lang: Lang;
  renderer: Renderer;
  /** Presentation step (0-based), null when not presenting. */
  step: number | null;
  /** While presenting, the audience may explore freely; `step` stays to return to. */
  exploring: boolean;
  notices: Notice[];
  /** The 长江经济带 outline is shown (a context layer, in the URL as `belt=1`). */
  belt: boolean;
  /** Link kinds shown on the map and in the links table; null: every kind. */
  kinds: string[] | null;
  /** The network view (every link drawn, table or matrix beside the map), or null. */
  overview: Overview | null;
};

export type AppActions = {
  selectRegion: (region: string | null) => void;
  selectLink: (link: string | null, region?: string | null) => void;
  focusViewpoint: (region: string | null, viewpoint: string) => void;
  focusPlace: (region: string | null, place: string) => void;
  clearSelection: () => void;
  setHover: (hover: Partial<AppState['hover']>) => void;
  setLang: (lang: Lang) => void;
  setRenderer: (renderer: Renderer) => void;
  setStep: (step: number | null) => void;
  setExploring: (exploring: boolean) => void;
  notify: (text: Notice['text']) => void;
  dismissNotice: (id: number) => void;
  setBelt: (belt: boolean) => void;
  setKinds: (kinds: string[] | null) => void;
  setOverview: (overview: Overview | null) => void;
};

export type AppStore = AppState & AppActions;

const emptySelection: Selection = { region: null, link: null, viewpoint: null, place: null };

export function createAppStore(initial: Partial<AppState> = {}) {
  // Notice ids are the store's own: a store made in a test shares nothing with the app's.
  let nextId = 1;
  return createStore<AppStore>()((set) => ({
    selection: emptySelection,
    hover: { region: null, link: null },
    lang: 'zh',
    renderer: 'svg',
    step: null,
    exploring: false,
    notices: [],
    belt: false,
    kinds: null,
    overview: null,
    ...initial,
    selectRegion: (region) => set({ selection: { ...emptySelection, region } }),
    selectLink: (link, region) =>
      set((s) => ({
        selection: {
          region: region === undefined ? s.selection.region : region,
          link,
          viewpoint: null,
          place: null,
        },
      })),
    focusViewpoint: (region, viewpoint) =>
      set({ selection: { ...emptySelection, region, viewpoint } }),
    focusPlace: (region, place) => set({ selection: { ...emptySelection, region, place } }),
    clearSelection: () => set({ selection: emptySelection }),
    setHover: (hover) => set((s) => ({ hover: { ...s.hover, ...hover } })),
    setLang: (lang) => set({ lang }),
    setRenderer: (renderer) => set({ renderer }),
    setStep: (step) => set({ step, exploring: false }),
    setExploring: (exploring) => set({ exploring }),
    setBelt: (belt) => set({ belt }),
    // The same message again replaces the older one; only the latest few are kept.
    notify: (text) =>
      set((s) => ({
        notices: [...s.notices.filter((n) => n.text.en !== text.en), { id: nextId++, text }].slice(
          -20,
        ),
      })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    setKinds: (kinds) => set({ kinds }),
    setOverview: (overview) => set({ overview }),
  }));
}

/** The one store of the app. Map event handlers use it directly, components through the hook. */
export const appStore = createAppStore();

export function useAppStore<T>(selector: (state: AppStore) => T): T {
  return useStore(appStore, selector);
}
