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
import type { View } from '../../store/url-hash';
import type { Model } from '../../data/model';
import { t } from '../../i18n/strings';
import { hasWebGL2, forcedRenderer } from '../../lib/webgl';
import { afterNextPaint } from '../../lib/after-paint';
import { lazyWithRetry, ReportChunkFailure } from '../../lib/lazy-with-retry';
import { fitView, lngLatBounds, type Size } from './camera';
import type { GeoData } from './geo';
import { regionLayers, regionsBounds } from './map-layers';
import { SvgMap } from './svg-map';
import { ArcsOverlay, type ArcsOverlayHandle } from '../arcs/arcs-overlay';
import { MapTooltip, hideTooltip, showTooltip } from './tooltip';
import { NanhaiInset } from './nanhai-inset';
import {
  useCameraFollowsSelection,
  useCameraFollowsStep,
  mapPadding,
} from './use-camera-follows-selection';
import type { Step } from '../present/steps';
import type { MapHandlers, Project } from './renderer';
import { exposeTestHooks } from './test-hooks';

const MaplibreMap = lazyWithRetry(() => import('./maplibre-map'), ReportChunkFailure);

type Props = { geo: GeoData; model: Model; steps: Step[] };

export function MapView({ geo, model, steps }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const [svgReady, setSvgReady] = useState(false);
  const renderer = useAppStore((s) => s.renderer);
  const lang = useAppStore((s) => s.lang);
  // Probing WebGL2 starts the GPU process (up to 165 ms here): only once the first view
  // has been painted. null until then.
  const [webgl, setWebgl] = useState<boolean | null>(null);
  useEffect(() => {
    if (svgReady) afterNextPaint(() => setWebgl(forcedRenderer() !== 'svg' && hasWebGL2()));
  }, [svgReady]);
  const [maplibreFailed, setMaplibreFailed] = useState(false);
  const overlay = useRef<ArcsOverlayHandle>(null);
  const regions = useMemo(() => regionLayers(model.regions, geo, lang), [model, geo, lang]);

  // The first size is read before the first paint, so the map is drawn in the same frame
  // as the rest of the page (a ResizeObserver reports it only after that frame).
  useLayoutEffect(() => {
    const rect = hostRef.current?.getBoundingClientRect();
    if (rect) setSize({ width: rect.width, height: rect.height });
  }, []);

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

  // With no view in the URL, frame the selected region, or else all five, for this screen.
  if (size.width > 0 && !appStore.getState().view) {
    const selected = appStore.getState().selection.region;
    const feature = geo.regions.features.find((f) => f.properties.id === selected);
    const view = feature
      ? fitView(lngLatBounds(feature), size, mapPadding(size, true))
      : fitView(regionsBounds(geo), size, mapPadding(size, false));
    appStore.getState().setView({ ...view, zoom: Math.min(view.zoom, 7) });
  }

  useCameraFollowsSelection(geo, size);
  useCameraFollowsStep(geo, size, steps);

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
        if (s.selection.region || s.selection.link) s.clearSelection();
      },
    }),
    [model],
  );

  const onCameraFrom = useCallback(
    (source: 'svg' | 'maplibre') =>
      (project: Project, view: View, _scale: number, preview?: string) => {
        if (appStore.getState().renderer !== source) return;
        if (preview) overlay.current?.preview(preview);
        else overlay.current?.redraw(project, view);
        exposeTestHooks(project, source, view);
      },
    [],
  );
  const onSvgCamera = useMemo(() => onCameraFrom('svg'), [onCameraFrom]);
  const onMaplibreCamera = useMemo(() => onCameraFrom('maplibre'), [onCameraFrom]);
  const onSvgReady = useCallback(() => setSvgReady(true), []);
  const onMaplibreReady = useCallback(() => appStore.getState().setRenderer('maplibre'), []);
  const onMaplibreError = useCallback(() => {
    setMaplibreFailed(true);
    appStore.getState().setRenderer('svg');
  }, []);

  const simpler = webgl === false || maplibreFailed;
  const state = svgReady || renderer === 'maplibre' ? 'ready' : 'loading';
  const rendererProps = { geo, regions, size, handlers };

  return (
    <div
      ref={hostRef}
      className="map"
      data-map-state={state}
      data-renderer={renderer}
      onPointerLeave={hideTooltip}
    >
      {webgl === true && !maplibreFailed && (
        <Suspense fallback={null}>
          <MaplibreMap
            {...rendererProps}
            live={renderer === 'maplibre'}
            onCamera={onMaplibreCamera}
            onReady={onMaplibreReady}
            onFail={onMaplibreError}
          />
        </Suspense>
      )}
      {size.width > 0 && renderer === 'svg' && (
        <SvgMap {...rendererProps} onCamera={onSvgCamera} onReady={onSvgReady} />
      )}
      <ArcsOverlay
        ref={overlay}
        model={model}
        geo={geo}
        regions={regions}
        size={size}
        steps={steps}
        outlineHover={renderer === 'maplibre'}
      />
      <MapTooltip />
      <NanhaiInset geo={geo} />
      {state === 'loading' && <div className="map-loading">{t(lang, 'loadingMap')}</div>}
      {simpler && svgReady && (
        <p className="map-mode-note" role="note">
          {t(lang, 'simplerMode')}
        </p>
      )}
    </div>
  );
}
