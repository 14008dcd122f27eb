// What the app exposes for tests (src/features/map/test-hooks.ts, src/app/app.tsx).
interface Window {
  __regionMap?: {
    project: (p: [number, number]) => [number, number];
    renderer: () => string;
    view: () => { zoom: number; lat: number; lng: number } | null;
    flyTo: (view: { zoom: number; lat: number; lng: number }) => void;
    handOverPending: () => boolean;
    settled: (quietMs: number) => boolean;
  };
  /** What the first view had (e2e/fixtures.ts `recordFirstView`). */
  __firstView?: {
    view: { zoom: number; lat: number; lng: number } | null;
    insetPaths: number;
    /** Each link's line as drawn in the first view, and three frames later. */
    links: (string | null)[];
    linksSoon?: (string | null)[];
    /** The scripts the page had loaded by then (file names). */
    scripts: string[];
  };
  __appStore?: {
    getState: () => {
      step: number | null;
      selection: { region: string | null; link: string | null };
      selectRegion: (id: string | null) => void;
      selectLink: (id: string | null, region?: string | null) => void;
      clearSelection: () => void;
      setStep: (step: number | null) => void;
    };
  };
}
