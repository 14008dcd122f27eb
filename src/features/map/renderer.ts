import type { RefObject } from 'react';
import type { Size } from '../../geo/projection';
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
 * they report every frame to and take every camera command from. `geo` is what each
 * draws from: the SVG map the first view's ready paths (`GeoView`), MapLibre the decoded
 * topology (`GeoData`).
 */
export type MapRendererProps<Geo> = {
  geo: Geo;
  regions: RegionLayer[];
  size: Size;
  onReady: () => void;
  handlers: MapHandlers;
  /**
   * The map's whole box (the renderer, the links drawn over it, the inset, the controls):
   * a drag, wheel or pinch that starts anywhere on the map or on a link drawn over it moves
   * the camera, not only one that starts on the renderer's own element.
   */
  surface: RefObject<HTMLElement | null>;
};
