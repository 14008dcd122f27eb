import type { LngLat } from '../../data/schema';
import type { View } from '../../store/url-hash';
import type { Size } from './camera';
import type { GeoData } from './geo';
import type { RegionLayer } from './map-layers';

export type Project = (p: LngLat) => [number, number];

export type MapHandlers = {
  onRegionHover: (region: string | null, event?: PointerEvent | MouseEvent) => void;
  onRegionClick: (region: string) => void;
  onBackgroundClick: () => void;
};

/**
 * What both renderers (SVG and MapLibre) take. Neither knows the other: they read the
 * store and this description, and report every camera change through `onCamera` so the
 * shared arc overlay follows whichever one is live.
 */
export type MapRendererProps = {
  geo: GeoData;
  regions: RegionLayer[];
  size: Size;
  /**
   * `preview`, while a gesture or flight is under way: a CSS transform (origin top left)
   * that carries what was drawn at the last call without it to this camera, so a layer
   * may be moved by it instead of redrawn. Without it, redraw exactly.
   */
  onCamera: (project: Project, view: View, scale: number, preview?: string) => void;
  onReady: () => void;
  handlers: MapHandlers;
};
