import { useEffect, useRef } from 'react';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import 'd3-transition';
import { appStore } from '../../store/store';
import { camera } from '../../camera/controller';
import type { LngLat } from '../../data/schema';
import {
  WORLD_UNIT,
  projectWith,
  transformToView,
  viewToTransform,
  worldPath,
  type Transform,
} from '../../geo/projection';
import type { GeoData } from '../../geo/geo';
import type { GeoView, RegionShape } from '../../geo/view';
import { MAP_COLORS, type RegionLayer } from '../../geo/map-layers';
import { PARTIAL_HATCH, rgba } from '../../geo/palette';
import { drawGeography } from '../../geo/geography-layer';
import type { MapRendererProps } from './renderer';
import { ZOOM_RANGE, type View } from '../../store/url-hash';
import { prefersReducedMotion } from '../../lib/motion';

/** Zoom from which city borders are drawn, as in the MapLibre style (minzoom 5). */
const CITY_ZOOM = 5;

/** Where a drag, wheel or pinch moves the map: on it, or on a link or chip drawn over it. */
const GESTURE_TARGETS = '.svg-map-host, .arcs-overlay';

/** One `<g class=…>` of paths, one per region (the region stays the path's datum). */
function regionGroup(parent: SVGGElement, className: string, geo: GeoView) {
  return select(parent)
    .append('g')
    .attr('class', className)
    .selectAll<SVGPathElement, RegionShape>('path')
    .data(geo.regions)
    .join('path')
    .attr('d', (_, i) => geo.paths.regions[i]!);
}

function drawWorld(world: SVGGElement, geo: GeoView, regions: RegionLayer[]) {
  select(world).selectAll('*').remove();
  // Written by the build (china.view.json): nothing to decode or project here.
  const paths = geo.paths;
  // Context and land are one path each: one fill, no per-shape events, fewer elements.
  select(world)
    .append('path')
    .attr('class', 'neighbours')
    .attr('d', paths.neighbours)
    .attr('fill', MAP_COLORS.neighbour);
  select(world)
    .append('path')
    .attr('class', 'land')
    .attr('d', paths.land)
    .attr('fill', MAP_COLORS.land);
  // Each region's path serves its fill and its outline.
  const colors = new Map(regions.map((r) => [r.id, r.color]));
  regionGroup(world, 'regions', geo)
    .attr('data-region', (r) => r.id)
    .attr('fill', (r) => colors.get(r.id) ?? '#999');
  select(world)
    .append('g')
    .attr('class', 'partials')
    .selectAll('path')
    .data(paths.partials)
    .join('path')
    .attr('d', (path) => path)
    .attr('fill', 'url(#partial-hatch)');
  drawGeography(world, geo);
  // City borders matter only zoomed in; their path is built the first time they show.
  select(world).append('path').attr('class', 'city-borders');
  select(world).append('path').attr('class', 'province-borders').attr('d', paths.provinceBorders);
  regionGroup(world, 'outlines', geo).attr('data-outline', (r) => r.id);
}

/**
 * The D3 + SVG map: drawn at once, also the whole map where WebGL2 is missing. `full` (the
 * topology, fetched after the first view) adds the city borders when zoomed in.
 */
export function SvgMap({
  geo,
  full,
  regions,
  size,
  onReady,
  handlers,
  surface,
}: MapRendererProps<GeoView> & { full: GeoData | null }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const worldRef = useRef<SVGGElement>(null);

  useEffect(() => {
    const world = worldRef.current;
    if (world) drawWorld(world, geo, regions);
  }, [geo, regions]);

  // The city borders come with the topology: drawn when it arrives if zoomed in by then.
  const fullRef = useRef(full);
  const drawCitiesRef = useRef(() => {});
  useEffect(() => {
    fullRef.current = full;
    drawCitiesRef.current();
  }, [full]);

  useEffect(() => {
    const host = hostRef.current;
    const svg = svgRef.current;
    if (!host || !svg || size.width === 0) return;
    // During a gesture or flight the drawn SVG is moved as one composited layer (a CSS
    // transform from the frame it was drawn at), so a frame costs no re-rasterising; it
    // is redrawn at the new transform when the movement ends. The arcs overlay is handed
    // the same transform, and redrawn exactly with the map.
    let drawn: Transform | null = null;
    let current: Transform = zoomIdentity;
    const frame = (t: Transform, preview?: string) => ({
      project: (p: LngLat) => projectWith(t, p),
      view: transformToView(t, size),
      preview,
    });
    const preview = (t: Transform) => {
      if (!drawn) return apply(t);
      const s = t.k / drawn.k;
      const css = `translate(${t.x - drawn.x * s}px,${t.y - drawn.y * s}px) scale(${s})`;
      svg.style.transform = css;
      camera.report('svg', frame(t, css));
    };
    const drawCities = (t: Transform) => {
      const cities = select(worldRef.current).select<SVGPathElement>('path.city-borders');
      const show = t.k >= 2 ** CITY_ZOOM;
      const topology = fullRef.current;
      // Empty while the world layer is being redrawn (new geometry or colours).
      if (show && topology && !cities.empty() && !cities.attr('d'))
        cities.attr('d', worldPath(topology.cityBorders()));
      cities.attr('display', show ? null : 'none');
    };
    drawCitiesRef.current = () => {
      if (drawn && worldRef.current) drawCities(drawn);
    };
    const apply = (t: Transform) => {
      // A flight's last frame can land after the hand-over to MapLibre removed this map.
      if (!worldRef.current) return;
      drawn = t;
      svg.style.transform = '';
      select(worldRef.current).attr(
        'transform',
        `translate(${t.x},${t.y}) scale(${t.k / WORLD_UNIT})`,
      );
      drawCities(t);
      // The hatch lives in world units: undo the scale so its stripes keep their width.
      select(svg)
        .select('#partial-hatch')
        .attr('patternTransform', `scale(${WORLD_UNIT / t.k}) rotate(45)`);
      camera.report('svg', frame(t));
    };
    let moving = false;
    type ZoomEvent = { transform: Transform; sourceEvent: Event | null };
    const behaviour = d3zoom<HTMLElement, unknown>()
      .scaleExtent([2 ** ZOOM_RANGE[0], 2 ** ZOOM_RANGE[1]])
      // The map's box, known: d3's default reads it from the element at every gesture and
      // jump, a forced layout (5 ms of the first view, just after the map was drawn).
      .extent([
        [0, 0],
        [size.width, size.height],
      ])
      // d3's own rule (no right button, no ctrl-drag) and a gesture begun on the map or on
      // a link drawn over it: never on a control, the inset or the tooltip in the same box.
      .filter(
        (event: MouseEvent) =>
          (!event.ctrlKey || event.type === 'wheel') &&
          !event.button &&
          event.target instanceof Element &&
          event.target.closest(GESTURE_TARGETS) !== null,
      )
      .on('start', (event: ZoomEvent) => {
        moving = true;
        // A pointer, wheel or touch: the user's gesture (a command has no source event).
        if (event.sourceEvent) camera.gestureStart('svg');
      })
      .on('zoom', (event: ZoomEvent) => {
        current = event.transform;
        if (moving) preview(event.transform);
        else apply(event.transform);
      })
      .on('end', (event: ZoomEvent) => {
        moving = false;
        // A jump's one frame is drawn already (by `preview`, as nothing was drawn before).
        const t = event.transform;
        if (svg.style.transform || drawn?.k !== t.k || drawn.x !== t.x || drawn.y !== t.y) apply(t);
        camera.commit('svg', transformToView(event.transform, size));
      });
    // On the map's whole box: the links drawn over the map lie outside this renderer's own
    // element, and a gesture that starts on one must move the map all the same.
    const root = select(surface.current ?? host)
      .call(behaviour)
      .on('dblclick.zoom', null);
    const target = (view: View) => {
      const t = viewToTransform(view, size);
      return zoomIdentity.translate(t.x, t.y).scale(t.k);
    };
    const jumpTo = (view: View) => {
      root.interrupt();
      root.call(behaviour.transform, target(view));
    };
    const detach = camera.attach('svg', {
      jumpTo,
      flyTo: (view, ms) => {
        if (prefersReducedMotion()) jumpTo(view);
        else root.transition().duration(ms).call(behaviour.transform, target(view));
      },
      report: () => apply(current),
    });
    onReady();
    return () => {
      detach();
      root.on('.zoom', null);
      root.interrupt();
    };
  }, [size, onReady, geo, surface]);

  useEffect(() => {
    const svg = select(svgRef.current);
    const paths = svg.selectAll<SVGPathElement, RegionShape>('g.regions path');
    paths
      .on('pointermove', (event: PointerEvent, d) => handlers.onRegionHover(d.id, event))
      .on('pointerleave', () => handlers.onRegionHover(null))
      .on('click', (_event: MouseEvent, d) => handlers.onRegionClick(d.id));
    svg.on('click.background', (event: MouseEvent) => {
      if ((event.target as Element).closest('g.regions, g.arc')) return;
      handlers.onBackgroundClick();
    });
    return () => {
      paths.on('pointermove', null).on('pointerleave', null).on('click', null);
      svg.on('click.background', null);
    };
  }, [geo, regions, handlers]);

  useEffect(() => {
    const highlight = () => {
      const { hover, selection } = appStore.getState();
      select(worldRef.current)
        .selectAll<SVGPathElement, RegionShape>('g.regions path, g.outlines path')
        .classed('hovered', (d) => d.id === hover.region)
        .classed('selected', (d) => d.id === selection.region)
        .classed('dimmed', (d) => selection.region !== null && d.id !== selection.region);
    };
    highlight();
    return appStore.subscribe((s, prev) => {
      if (s.hover.region !== prev.hover.region || s.selection.region !== prev.selection.region)
        highlight();
    });
  }, [geo, regions]);

  return (
    <div ref={hostRef} className="svg-map-host">
      <svg
        ref={svgRef}
        className="svg-map"
        width={size.width}
        height={size.height}
        aria-hidden="true"
      >
        <defs>
          <pattern
            id="partial-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={rgba(PARTIAL_HATCH.ground)} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={rgba(PARTIAL_HATCH.line)} strokeWidth="2" />
          </pattern>
        </defs>
        <rect width="100%" height="100%" fill={MAP_COLORS.sea} />
        <g ref={worldRef} className="world" />
      </svg>
    </div>
  );
}
