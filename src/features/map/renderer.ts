import type { Size } from '../../geo/projection';
import type { GeoData } from '../../geo/geo';
import type { RegionLayer } from '../../geo/map-layers';

export type { Project } from '../../geo/projection';

export type MapHandlers = {
  onRegionHover: (region: string | null, event?: PointerEvent | MouseEvent) => void;
  onRegionClick: (region: string) => void;
  onBackgroundClick: () => void;
};

/**
 * What both renderers (SVG and MapLibre) take. Neither knows the other: they read the
 * store and this description, and plug into the camera controller (src/camera/), which
 * they report every frame to and take every camera command from.
 */
export type MapRendererProps = {
  geo: GeoData;
  regions: RegionLayer[];
  size: Size;
  onReady: () => void;
  handlers: MapHandlers;
};
