// What the app exposes for tests (src/features/map/test-hooks.ts, src/app/app.tsx).
interface Window {
  __regionMap?: {
    project: (p: [number, number]) => [number, number];
    renderer: string;
    settled: (quietMs: number) => boolean;
  };
  __appStore?: {
    getState: () => {
      view: { zoom: number; lat: number; lng: number } | null;
      step: number | null;
      selection: { region: string | null; link: string | null };
      selectRegion: (id: string | null) => void;
      flyTo: (view: { zoom: number; lat: number; lng: number }) => void;
      setStep: (step: number | null) => void;
    };
  };
}
