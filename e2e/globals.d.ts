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
  /** The camera's view when the first view was shown (recorded by a test's init script). */
  __firstView?: { zoom: number; lat: number; lng: number } | null;
  /** How many of the inset's paths the first view had (recorded by a test's init script). */
  __insetPathsAtFirstView?: number;
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
