import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Lang, View } from './url-hash';

export type Renderer = 'svg' | 'maplibre';
export type Notice = { id: number; text: { zh: string; en: string } };

export type Selection = {
  region: string | null;
  link: string | null;
  /** A viewpoint to scroll to and highlight (from search). */
  viewpoint: string | null;
};

export type AppState = {
  view: View | null;
  /** Bumped when the camera should move to `view` (a flight), not just record it. */
  flight: { view: View; id: number } | null;
  selection: Selection;
  hover: { region: string | null; link: string | null };
  lang: Lang;
  renderer: Renderer;
  /** Presentation step (0-based), null when not presenting. */
  step: number | null;
  /** While presenting, the audience may explore freely; `step` stays to return to. */
  exploring: boolean;
  notices: Notice[];
};

export type AppActions = {
  setView: (view: View) => void;
  flyTo: (view: View) => void;
  selectRegion: (region: string | null) => void;
  selectLink: (link: string | null, region?: string | null) => void;
  focusViewpoint: (region: string | null, viewpoint: string) => void;
  clearSelection: () => void;
  setHover: (hover: Partial<AppState['hover']>) => void;
  setLang: (lang: Lang) => void;
  setRenderer: (renderer: Renderer) => void;
  setStep: (step: number | null) => void;
  setExploring: (exploring: boolean) => void;
  notify: (text: Notice['text']) => void;
  dismissNotice: (id: number) => void;
};

export type AppStore = AppState & AppActions;

const emptySelection: Selection = { region: null, link: null, viewpoint: null };
let nextId = 1;

export function createAppStore(initial: Partial<AppState> = {}) {
  return createStore<AppStore>()((set) => ({
    view: null,
    flight: null,
    selection: emptySelection,
    hover: { region: null, link: null },
    lang: 'zh',
    renderer: 'svg',
    step: null,
    exploring: false,
    notices: [],
    ...initial,
    setView: (view) => set({ view }),
    flyTo: (view) => set({ flight: { view, id: nextId++ } }),
    selectRegion: (region) => set({ selection: { region, link: null, viewpoint: null } }),
    selectLink: (link, region) =>
      set((s) => ({
        selection: {
          region: region === undefined ? s.selection.region : region,
          link,
          viewpoint: null,
        },
      })),
    focusViewpoint: (region, viewpoint) => set({ selection: { region, link: null, viewpoint } }),
    clearSelection: () => set({ selection: emptySelection }),
    setHover: (hover) => set((s) => ({ hover: { ...s.hover, ...hover } })),
    setLang: (lang) => set({ lang }),
    setRenderer: (renderer) => set({ renderer }),
    setStep: (step) => set({ step, exploring: false }),
    setExploring: (exploring) => set({ exploring }),
    // The same message again replaces the older one; only the latest few are kept.
    notify: (text) =>
      set((s) => ({
        notices: [...s.notices.filter((n) => n.text.en !== text.en), { id: nextId++, text }].slice(
          -20,
        ),
      })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}

/** The one store of the app. Map event handlers use it directly, components through the hook. */
export const appStore = createAppStore();

export function useAppStore<T>(selector: (state: AppStore) => T): T {
  return useStore(appStore, selector);
}
