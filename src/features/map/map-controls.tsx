import { useEffect, useMemo, useRef, useState } from 'react';
import type { Model } from '../../data/model';
import { appStore, useAppStore } from '../../store/store';
import { t } from '../../i18n/strings';
import { camera } from '../../camera/controller';
import { chosenTarget, overviewTarget } from '../../camera/frame-rules';
import { cameraObstacles, LABELS_ONLY } from '../../camera/visible-area';
import type { GeoView } from '../../geo/view';
import { regionLabelPoints } from '../../geo/map-layers';
import { TILE_SIZE } from '../../geo/projection';
import './map-controls.css';

const EARTH_CIRCUMFERENCE_KM = 40075.017;
const SCALE_MAX_PX = 60;

/** The longest round distance (1, 2 or 5 × 10ⁿ km) that fits in `maxPx` at this view. */
export function scaleBar(zoom: number, lat: number, maxPx = SCALE_MAX_PX) {
  const kmPerPx =
    (EARTH_CIRCUMFERENCE_KM * Math.cos((lat * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
  const maxKm = kmPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((m) => m * power).find((d) => d <= maxKm) ?? power;
  return { km, px: Math.round(km / kmPerPx) };
}

/**
 * Zoom in and out, reset (frame what is chosen again, or the five regions), and a scale
 * bar: the map's own controls, commands to the camera.
 */
export function MapControls({
  geo,
  model,
  note,
}: {
  geo: GeoView;
  model: Model;
  /** A quiet note on how the map is drawn (the SVG map where WebGL is missing or slow). */
  note: string | null;
}) {
  const lang = useAppStore((s) => s.lang);
  const labels = useMemo(() => regionLabelPoints(geo), [geo]);
  const ref = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState<{ km: number; px: number } | null>(null);
  useEffect(
    () =>
      camera.subscribeView((view) => {
        const next = scaleBar(view.zoom, view.lat);
        setScale((s) => (s && s.km === next.km && s.px === next.px ? s : next));
      }),
    [],
  );
  const reset = () => {
    const host = ref.current?.closest('.map');
    const target =
      chosenTarget(model, geo, labels, appStore.getState().selection) ?? overviewTarget(geo);
    camera.fit(target, () => (host ? cameraObstacles(host) : []));
  };
  return (
    <div ref={ref} className="map-controls" data-map-obstacle>
      <div className="zoom-buttons" role="group" aria-label={t(lang, 'mapControls')}>
        <button
          type="button"
          onClick={() => camera.zoomBy(1)}
          aria-label={t(lang, 'zoomIn')}
          title={t(lang, 'zoomIn')}
        >
          +
        </button>
        <button
          type="button"
          onClick={() => camera.zoomBy(-1)}
          aria-label={t(lang, 'zoomOut')}
          title={t(lang, 'zoomOut')}
        >
          −
        </button>
        <button
          type="button"
          onClick={reset}
          aria-label={t(lang, 'resetView')}
          title={t(lang, 'resetView')}
        >
          ⟲
        </button>
      </div>
      {/* There from the first frame, empty until the camera has a view: the controls' box
          is an obstacle the camera fits around, and must not grow just after that fit. */}
      <div
        className="scale-bar"
        aria-label={scale ? `${t(lang, 'scaleBar')} ${scale.km} km` : undefined}
        style={scale ? undefined : { visibility: 'hidden' }}
      >
        <span style={{ width: scale?.px ?? 0 }} />
        {scale?.km ?? 0} km
      </div>
      {/* Known only after the first view (the WebGL probe waits for it): names and chips
          keep off it, the camera does not move for it. */}
      {note && (
        <p className="map-mode-note" role="note" data-map-obstacle={LABELS_ONLY}>
          {note}
        </p>
      )}
    </div>
  );
}
