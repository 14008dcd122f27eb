import { useEffect, useMemo, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map, type MapLayerMouseEvent, type MapRef } from '@vis.gl/react-maplibre';
import { appStore } from '../../store/store';
import { ZOOM_RANGE, type View } from '../../store/url-hash';
import { camera } from '../../camera/controller';
import { prefersReducedMotion } from '../../lib/motion';
import { afterNextPaint } from '../../lib/after-paint';
import type { LngLat } from '../../data/schema';
import {
  CITY_BORDERS_BEFORE,
  CITY_BORDERS_SOURCE,
  HATCH_IMAGE,
  MAP_SOURCE,
  cityBordersLayer,
  hatchImage,
  mapStyle,
} from './maplibre-style';
import type { MapRendererProps } from './renderer';
import type { GeoData } from '../../geo/geo';
import { noteDrawing } from './test-hooks';

maplibregl.setWorkerUrl(workerUrl);
// Start the worker (fetching and compiling its 520 KB script) now, while React mounts the
// map, rather than when the map asks for it.
maplibregl.prewarm();

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
    // The fill and the outline layer read the same features, so one state serves both.
    map.setFeatureState({ source: MAP_SOURCE, id }, state);
  }
}

/**
 * MapLibre 6 draws its sky on every frame: a full-screen pass even when the sky is
 * transparent and the map, as here, is never pitched, so nothing of it can show. Under
 * software WebGL that pass is a quarter of a frame (pan/zoom frame p95 267 → 200 ms).
 * This map skips it; the sky's shader is then never compiled either.
 */
const noSky = () => {};
function withoutSky(map: maplibregl.Map) {
  const painter = map.painter as { drawFunctions?: Record<string, unknown> } | undefined;
  const draw = painter?.drawFunctions;
  // Style data events come often; the painter (and its table) only once per context.
  if (painter && draw?.sky && draw.sky !== noSky) painter.drawFunctions = { ...draw, sky: noSky };
}

type Props = MapRendererProps<GeoData> & {
  /** False while the SVG map is still shown: follow its view, draw nothing visible. */
  live: boolean;
  onFail: () => void;
};

/** The MapLibre map: loaded after the SVG first view, takes over once it has drawn. */
export default function MaplibreMap({
  geo,
  regions,
  live,
  onReady,
  onFail,
  handlers,
  surface,
}: Props) {
  const ref = useRef<MapRef>(null);
  const ids = useMemo(() => regions.map((r) => r.id), [regions]);
  // The style changes only with the geometry and the colours (not the names, which the
  // overlay draws): a new style object would make MapLibre diff and reload it.
  const colors = regions.map((r) => `${r.id}:${r.color}`).join();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const style = useMemo(() => mapStyle(geo, regions), [geo, colors]);
  const [initial] = useState(() => camera.view);
  const handedOver = useRef(false);

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
    });
  });

  // MapLibre takes its gestures on its own element; the links are drawn over it, outside
  // it: a wheel or drag begun on one is handed to MapLibre.
  useEffect(() => {
    const box = surface.current;
    const map = ref.current?.getMap();
    if (!live || !box || !map) return;
    return forwardGestures(box, map.getCanvasContainer());
  }, [live, surface]);

  const report = () => {
    const map = ref.current?.getMap();
    if (!map) return;
    camera.report('maplibre', {
      project: (p: LngLat) => {
        const { x, y } = map.project(p);
        return [x, y];
      },
      view: viewOf(map),
    });
  };

  // Plugged into the camera once the map exists; hidden, it follows the live renderer's
  // view (so it can take over at the same view), live, it moves on the camera's commands.
  const attach = (map: maplibregl.Map) =>
    camera.attach('maplibre', {
      jumpTo: ({ lng, lat, zoom }) => {
        if (!sameView(viewOf(map), { lng, lat, zoom })) map.jumpTo({ center: [lng, lat], zoom });
      },
      flyTo: ({ lng, lat, zoom }, duration) => {
        if (prefersReducedMotion()) map.jumpTo({ center: [lng, lat], zoom });
        else map.flyTo({ center: [lng, lat], zoom, duration, essential: true });
      },
      report,
    });
  const detach = useRef<(() => void) | null>(null);
  useEffect(() => () => detach.current?.(), []);

  const regionAt = (e: MapLayerMouseEvent) => e.features?.[0]?.properties?.id as string | undefined;

  return (
    <Map
      ref={ref}
      mapLib={maplibregl}
      mapStyle={style}
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
      // On: with it off MapLibre holds the centre within the world's width, so a fit that
      // must centre far east of China (1024 px, panel open, 全国 in the gap below the
      // legend) was pulled back under the panel. No copy is ever in view at zoom ≥ 1.
      renderWorldCopies
      // No label fade (it delays the first idle, so the hand-over, by 300 ms) and one zoom
      // level of tile cache (flights otherwise keep every level they pass: +6 MB).
      fadeDuration={0}
      maxTileCacheZoomLevels={1}
      // The style is built in code and checked by its unit test: no run-time validation
      // on the hand-over's path.
      validateStyle={false}
      interactiveLayerIds={['region-fill']}
      onStyleData={(e) => {
        withoutSky(e.target);
        // The style has been read and no tile parsed yet: the pattern's image is there
        // before any tile asks for it.
        if (!e.target.hasImage(HATCH_IMAGE)) e.target.addImage(HATCH_IMAGE, hatchImage());
      }}
      onLoad={(e) => {
        const map = e.target;
        map.touchZoomRotate.disableRotation();
        map.keyboard.disableRotation();
        detach.current = attach(map);
      }}
      onRender={() => {
        if (live) noteDrawing(true);
      }}
      onIdle={(e) => {
        noteDrawing(false);
        // The first idle: every tile of the view is drawn, so the switch shows no gap.
        if (handedOver.current) return;
        const map = e.target;
        // With nothing selected every state is at its default (false): nothing to set.
        if (appStore.getState().selection.region) syncRegionStates(map, ids);
        // During a gesture on the SVG map the camera holds the hand-over until it ends,
        // then moves this map to where it ended: the next idle asks again.
        if (!camera.handOver('maplibre', viewOf(map))) return;
        handedOver.current = true;
        onReady();
        // Not needed below zoom 5, so not on the hand-over's path.
        map.addSource(CITY_BORDERS_SOURCE, {
          type: 'geojson',
          data: geo.cityBorders(),
          maxzoom: 10,
        });
        map.addLayer(cityBordersLayer, CITY_BORDERS_BEFORE);
      }}
      onMove={report}
      onResize={report}
      onMoveStart={(e) => {
        if (e.originalEvent) camera.gestureStart('maplibre');
      }}
      // Only the live renderer's commit counts (the camera ignores the others).
      onMoveEnd={(e) => camera.commit('maplibre', viewOf(e.target))}
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
    />
  );
}

/**
 * Hands wheels and presses that start on the links drawn over the map to `target`
 * (MapLibre's element), as copies of the events, and the release that ends such a press
 * (MapLibre ends a drag, and swallows its click, on a release over its own element only).
 * Returns the cleanup.
 */
function forwardGestures(box: HTMLElement, target: HTMLElement): () => void {
  // Trusted only: the copies handed to MapLibre bubble back up through `box`.
  const onLink = (event: Event) =>
    event.isTrusted &&
    event.target instanceof Element &&
    event.target.closest('.arcs-overlay') !== null;
  const wheel = (event: WheelEvent) => {
    if (!onLink(event)) return;
    event.preventDefault();
    target.dispatchEvent(new WheelEvent(event.type, event));
  };
  const press = (event: MouseEvent) => {
    if (!onLink(event)) return;
    target.dispatchEvent(new MouseEvent(event.type, event));
    window.addEventListener('mouseup', release, { once: true, capture: true });
  };
  const release = (event: MouseEvent) => {
    if (!(event.target instanceof Node && target.contains(event.target)))
      target.dispatchEvent(new MouseEvent(event.type, event));
  };
  box.addEventListener('wheel', wheel, { passive: false });
  box.addEventListener('mousedown', press);
  return () => {
    box.removeEventListener('wheel', wheel);
    box.removeEventListener('mousedown', press);
    window.removeEventListener('mouseup', release, true);
  };
}
