import { useEffect, useMemo, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Layer, Map, Source, type MapLayerMouseEvent, type MapRef } from '@vis.gl/react-maplibre';
import { appStore } from '../../store/store';
import { ZOOM_RANGE, type View } from '../../store/url-hash';
import { prefersReducedMotion } from '../../lib/motion';
import { afterNextPaint } from '../../lib/after-paint';
import type { LngLat } from '../../data/schema';
import { baseStyle, hatchImage, regionLayers } from './maplibre-style';
import type { MapRendererProps } from './renderer';
import { noteDrawing } from './test-hooks';

maplibregl.setWorkerUrl(workerUrl);

function sameView(a: View, b: View): boolean {
  return (
    Math.abs(a.zoom - b.zoom) < 1e-6 &&
    Math.abs(a.lat - b.lat) < 1e-9 &&
    Math.abs(a.lng - b.lng) < 1e-9
  );
}

function viewOf(map: maplibregl.Map): View {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lng: c.lng };
}

/**
 * Keeps the feature-state of the regions (selected, dimmed) in step with the store. The
 * hovered region is outlined by the SVG overlay instead (see arcs-overlay.tsx).
 */
function syncRegionStates(map: maplibregl.Map, ids: string[]) {
  const { selection } = appStore.getState();
  for (const id of ids) {
    const state = {
      selected: id === selection.region,
      dimmed: selection.region !== null && id !== selection.region,
    };
    // One source for the fill and the outline layer (which sits above the borders).
    map.setFeatureState({ source: 'regions', id }, state);
  }
}

type Props = MapRendererProps & {
  /** False while the SVG map is still shown: follow its view, draw nothing visible. */
  live: boolean;
  onFail: () => void;
};

/** The MapLibre map: loaded after the SVG first view, takes over once it has drawn. */
export default function MaplibreMap({
  geo,
  regions,
  live,
  onCamera,
  onReady,
  onFail,
  handlers,
}: Props) {
  const ref = useRef<MapRef>(null);
  const layers = useMemo(() => regionLayers(regions), [regions]);
  const ids = useMemo(() => regions.map((r) => r.id), [regions]);
  const [initial] = useState(() => appStore.getState().view);
  // Layers are added once the style has loaded and the hatch image exists, so the
  // pattern layer never asks for a missing image and every layer keeps its order.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const map = ref.current?.getMap();
    if (!map) return;
    return appStore.subscribe((s, prev) => {
      // A new selection repaints the map only after the panel it opens has been painted
      // (a software-rendered WebGL frame would hold it back).
      if (s.selection !== prev.selection)
        afterNextPaint(() => {
          const current = ref.current?.getMap();
          if (current) syncRegionStates(current, ids);
        });
      if (!live && s.view && s.view !== prev.view && !sameView(viewOf(map), s.view)) {
        map.jumpTo({ center: [s.view.lng, s.view.lat], zoom: s.view.zoom });
      }
      if (s.flight && s.flight !== prev.flight) {
        const { lng, lat, zoom } = s.flight.view;
        if (prefersReducedMotion()) map.jumpTo({ center: [lng, lat], zoom });
        else map.flyTo({ center: [lng, lat], zoom, duration: 800, essential: true });
      }
    });
  });

  const report = () => {
    const map = ref.current?.getMap();
    if (!map) return;
    onCamera(
      (p: LngLat) => {
        const { x, y } = map.project(p);
        return [x, y];
      },
      viewOf(map),
      2 ** map.getZoom(),
    );
  };

  useEffect(() => {
    const map = ref.current?.getMap();
    if (!loaded || !map) return;
    // The layers were added by the children's effects, before this one: hand over only
    // once they are drawn, so the switch shows no gap.
    const ready = () => {
      syncRegionStates(map, ids);
      report();
      onReady();
    };
    map.once('idle', ready);
    return () => {
      map.off('idle', ready);
    };
    // Once per load: report and onReady are fresh closures each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  const regionAt = (e: MapLayerMouseEvent) => e.features?.[0]?.properties?.id as string | undefined;

  return (
    <Map
      ref={ref}
      mapLib={maplibregl}
      mapStyle={baseStyle}
      initialViewState={
        initial
          ? {
              longitude: initial.lng,
              latitude: initial.lat,
              zoom: initial.zoom,
            }
          : undefined
      }
      minZoom={ZOOM_RANGE[0]}
      maxZoom={ZOOM_RANGE[1]}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      attributionControl={false}
      renderWorldCopies={false}
      // No label fade (it delays the first idle, so the hand-over, by 300 ms) and one zoom
      // level of tile cache (flights otherwise keep every level they pass: +6 MB).
      fadeDuration={0}
      maxTileCacheZoomLevels={1}
      interactiveLayerIds={['region-fill']}
      onLoad={(e) => {
        const map = e.target;
        if (!map.hasImage('partial-hatch')) map.addImage('partial-hatch', hatchImage());
        setLoaded(true);
        map.touchZoomRotate.disableRotation();
        map.keyboard.disableRotation();
        const view = appStore.getState().view;
        if (view) map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom });
      }}
      onRender={() => {
        if (live) noteDrawing(true);
      }}
      onIdle={() => noteDrawing(false)}
      onMove={report}
      onResize={report}
      onMoveEnd={(e) => {
        // Only the live renderer writes the view, or following it would echo forever.
        if (live) appStore.getState().setView(viewOf(e.target));
      }}
      onMouseMove={(e) => handlers.onRegionHover(regionAt(e) ?? null, e.originalEvent)}
      onMouseLeave={() => handlers.onRegionHover(null)}
      onClick={(e) => {
        const id = regionAt(e);
        if (id) handlers.onRegionClick(id);
        else handlers.onBackgroundClick();
      }}
      onError={(e) => {
        console.warn('MapLibre reported an error', e.error);
        if (!live) onFail();
      }}
      style={{ position: 'absolute', inset: 0, visibility: live ? 'visible' : 'hidden' }}
    >
      {loaded && (
        <>
          <Source id="neighbours" type="geojson" data={geo.neighbours}>
            <Layer {...layers.neighbours!} />
          </Source>
          <Source id="land" type="geojson" data={geo.land}>
            <Layer {...layers.land!} />
          </Source>
          <Source id="regions" type="geojson" data={geo.regions} promoteId="id">
            <Layer {...layers.regionFill!} />
          </Source>
          <Source id="partials" type="geojson" data={geo.partials}>
            <Layer {...layers.partials!} />
          </Source>
          <Source id="city-borders" type="geojson" data={geo.cityBorders}>
            <Layer {...layers.cityBorders!} />
          </Source>
          <Source id="province-borders" type="geojson" data={geo.provinceBorders}>
            <Layer {...layers.provinceBorders!} />
          </Source>
          {/* The outline reads the fills' source; its layer sits above the borders. */}
          <Layer {...layers.regionOutline!} />
        </>
      )}
    </Map>
  );
}
