import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { appStore, useAppStore } from '../../store/store';
import type { Model } from '../../data/model';
import { t } from '../../i18n/strings';
import { webglSupport, wantsMaplibre, type WebGLSupport } from '../../lib/webgl';
import { whenIdle } from '../../lib/after-paint';
import { afterFirstView, firstViewShown } from '../../lib/first-view';
import { camera } from '../../camera/controller';
import { lazyWithRetry, ReportChunkFailure } from '../../lib/lazy-with-retry';
import type { Size } from '../../geo/projection';
import type { GeoView } from '../../geo/view';
import { useGeometry } from '../../data/geometry';
import { regionLayers } from '../../geo/map-layers';
import { SvgMap } from './svg-map';
import { ArcsOverlay } from './overlay/arcs-overlay';
import { MapTooltip, hideTooltip, showTooltip } from './overlay/tooltip';
import { NanhaiInset } from './nanhai-inset';
import { MapControls } from './map-controls';
import type { Step } from '../../deck/steps';
import type { MapHandlers } from './renderer';
import { installTestHooks } from './test-hooks';
import './map.css';

const MaplibreMap = lazyWithRetry(() => import('./maplibre-map'), ReportChunkFailure);

type Props = { geo: GeoView; model: Model; steps: Step[] };

export function MapView({ geo, model, steps }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const [svgReady, setSvgReady] = useState(false);
  const renderer = useAppStore((s) => s.renderer);
  const lang = useAppStore((s) => s.lang);
  // Probing WebGL2 starts the GPU process (up to 165 ms here): only once the first view
  // has been painted. null until then. MapLibre is loaded only where it draws at least as
  // smoothly as the SVG map (a GPU), or where `?renderer=maplibre` asks for it.
  const [support, setSupport] = useState<WebGLSupport | null>(null);
  useEffect(() => {
    if (svgReady) afterFirstView(() => setSupport(webglSupport()));
  }, [svgReady]);
  const maplibre = support === null ? null : wantsMaplibre(support);
  const [maplibreFailed, setMaplibreFailed] = useState(false);
  // The topology (MapLibre, the inset's islands, city borders): fetched after the first view.
  const { geo: full, error: geometryError } = useGeometry();
  useEffect(() => {
    if (geometryError)
      appStore.getState().notify({
        zh: `${t('zh', 'geometryFailed')}（${geometryError}）`,
        en: `${t('en', 'geometryFailed')} (${geometryError})`,
      });
  }, [geometryError]);
  const regions = useMemo(() => regionLayers(model.regions, geo, lang), [model, geo, lang]);

  // The first size is read before the first paint, so the map is drawn in the same frame
  // as the rest of the page (a ResizeObserver reports it only after that frame).
  useLayoutEffect(() => {
    installTestHooks();
    const rect = hostRef.current?.getBoundingClientRect();
    if (rect) setSize({ width: rect.width, height: rect.height });
  }, []);
  useLayoutEffect(() => camera.setSize(size), [size]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    observer.observe(host);
    return () => observer.disconnect();
  }, []);

  useEffect(() => camera.subscribeLive((live) => appStore.getState().setRenderer(live)), []);

  const handlers = useMemo<MapHandlers>(
    () => ({
      onRegionHover: (id, event) => {
        appStore.getState().setHover({ region: id });
        const region = id ? model.region(id) : undefined;
        if (region && event && hostRef.current)
          showTooltip(region.name[appStore.getState().lang], event, hostRef.current);
        else hideTooltip();
      },
      onRegionClick: (id) => {
        const s = appStore.getState();
        if (s.step !== null) s.setExploring(true);
        s.selectRegion(id);
      },
      onBackgroundClick: () => {
        const s = appStore.getState();
        if (s.selection.region || s.selection.link || s.selection.place) s.clearSelection();
      },
    }),
    [model],
  );

  const onSvgReady = useCallback(() => setSvgReady(true), []);
  const onMaplibreReady = useCallback(() => {}, []);
  const onMaplibreError = useCallback(() => {
    setMaplibreFailed(true);
    camera.fallBack('svg');
  }, []);

  const simpler = maplibre === false || maplibreFailed;
  const state = svgReady || renderer === 'maplibre' ? 'ready' : 'loading';
  // The map's layers (map.css) are made after the first view is shown, when the page is
  // idle, or at once when a gesture starts before that.
  const [layered, setLayered] = useState(false);
  const layer = useCallback(() => setLayered(true), []);
  useEffect(() => {
    if (state !== 'ready') return;
    firstViewShown();
    whenIdle(layer);
  }, [state, layer]);
  const rendererProps = { geo, regions, size, handlers, surface: hostRef };

  return (
    <div
      ref={hostRef}
      className="map"
      data-map-state={state}
      data-layered={layered || undefined}
      data-renderer={renderer}
      data-geometry={full ? 'full' : geometryError ? 'failed' : 'view'}
      onPointerLeave={hideTooltip}
      onPointerDownCapture={layered ? undefined : layer}
      onWheelCapture={layered ? undefined : layer}
    >
      {maplibre === true && !maplibreFailed && full && (
        <Suspense fallback={null}>
          <MaplibreMap
            {...rendererProps}
            geo={full}
            live={renderer === 'maplibre'}
            onReady={onMaplibreReady}
            onFail={onMaplibreError}
          />
        </Suspense>
      )}
      {size.width > 0 && renderer === 'svg' && (
        <SvgMap {...rendererProps} full={full} onReady={onSvgReady} />
      )}
      <ArcsOverlay
        model={model}
        geo={geo}
        full={full}
        regions={regions}
        size={size}
        steps={steps}
        outlineHover={renderer === 'maplibre'}
      />
      <MapTooltip />
      <NanhaiInset parts={geo.nanhai} />
      <MapControls
        geo={geo}
        model={model}
        note={
          simpler && svgReady
            ? t(lang, support === 'software' ? 'softwareMode' : 'simplerMode')
            : null
        }
      />
      {state === 'loading' && <div className="map-loading">{t(lang, 'loadingMap')}</div>}
    </div>
  );
}
