import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { select } from 'd3-selection';
import { appStore, useAppStore } from '../../store/store';
import type { View } from '../../store/url-hash';
import type { Model } from '../../data/model';
import type { GeoData } from '../map/geo';
import { screenPath, type Size } from '../map/camera';
import { regionLabelPoints, type RegionLayer } from '../map/map-layers';
import type { Project } from '../map/renderer';
import { hideTooltip, showTooltip } from '../map/tooltip';
import { prefersReducedMotion } from '../../lib/motion';
import { arcsFor, visibleArcs, type Arc } from './arc-model';
import type { Step } from '../present/steps';
import { drawArcs, ensureMarkers, type ArcHandlers } from './draw-arcs';

export type ArcsOverlayHandle = {
  /** Draws everything for this camera. */
  redraw: (project: Project, view: View) => void;
  /**
   * Moves the last drawing by a CSS transform (see `MapRendererProps.onCamera`): during a
   * gesture on the SVG map, so the overlay is composited, not re-rasterised, each frame.
   */
  preview: (css: string) => void;
};

type Props = {
  model: Model;
  geo: GeoData;
  /** The regions as both renderers draw them: their names are labelled here. */
  regions: RegionLayer[];
  size: Size;
  steps: Step[];
  /**
   * Outline the hovered region here: for a renderer that does not draw hover itself
   * (MapLibre: a feature-state change costs a whole WebGL frame, and under software
   * rendering the click that follows a hover waited 100–200 ms for it).
   */
  outlineHover?: boolean;
};

/**
 * The region names and the cooperation links, drawn with D3 in an SVG over whichever
 * renderer is live. It is redrawn synchronously on every camera event, so nothing lags
 * behind the map. (Labels here rather than in MapLibre: a symbol layer would place its
 * labels again on every frame of a flight, the costliest part of a frame.)
 */
export const ArcsOverlay = forwardRef<ArcsOverlayHandle, Props>(function ArcsOverlay(
  { model, geo, regions, size, steps, outlineHover = false },
  ref,
) {
  const svgRef = useRef<SVGSVGElement>(null);
  const hoverRef = useRef<SVGGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const labelsRef = useRef<SVGGElement>(null);
  const camera = useRef<{ project: Project; view: View } | null>(null);
  const selection = useAppStore((s) => s.selection);
  const lang = useAppStore((s) => s.lang);
  const step = useAppStore((s) => (s.step !== null && !s.exploring ? s.step : null));
  const kinds = useAppStore((s) => s.kinds);
  const overview = useAppStore((s) => s.overview !== null && s.step === null);
  const labels = useMemo(() => regionLabelPoints(geo), [geo]);
  const focus = useMemo(
    () => (step === null ? null : new Set(steps[step]?.links ?? [])),
    [step, steps],
  );
  const arcs = useMemo(
    () => arcsFor(model, labels, selection, lang, focus, { kinds, overview }),
    [model, labels, selection, lang, focus, kinds, overview],
  );

  const handlers = useMemo<ArcHandlers>(
    () => ({
      onHover: (arc: Arc | null, event?: PointerEvent) => {
        appStore.getState().setHover({ link: arc?.id ?? null });
        const host = svgRef.current?.parentElement;
        if (arc && event && host) showTooltip(arc.label, event, host);
        else hideTooltip();
      },
      onClick: (arc: Arc) => {
        const s = appStore.getState();
        if (s.step !== null) s.setExploring(true);
        s.selectLink(
          arc.id,
          s.selection.region ?? model.regionOf(arc.fromId) ?? model.regionOf(arc.toId),
        );
      },
    }),
    [model],
  );

  const hovered = () => {
    const id = appStore.getState().hover.region;
    const feature = geo.regions.features.find((f) => f.properties.id === id);
    const color = regions.find((r) => r.id === id)?.color;
    return feature && color ? { feature, color } : null;
  };

  /**
   * `restyle`: the arcs, labels or size changed, not only the camera; `onlyHover`: only
   * the hovered region changed.
   */
  const draw = (restyle: boolean, onlyHover = false) => {
    const layer = layerRef.current;
    const cam = camera.current;
    if (!layer || !cam) return;
    if (hoverRef.current) drawHover(hoverRef.current, outlineHover ? hovered() : null, cam.project);
    if (onlyHover) return;
    if (labelsRef.current) drawLabels(labelsRef.current, regions, cam.project, restyle);
    const shown = visibleArcs(arcs, cam.view.zoom, selection, overview);
    const animate = restyle && !prefersReducedMotion();
    drawArcs(layer, shown, cam.project, size, handlers, { animate, restyle });
    if (restyle) markHovered(layer, appStore.getState().hover.link);
  };
  const drawRef = useRef(draw);
  drawRef.current = draw;

  useImperativeHandle(ref, () => ({
    redraw: (project, view) => {
      camera.current = { project, view };
      if (svgRef.current) svgRef.current.style.transform = '';
      drawRef.current(false);
    },
    preview: (css) => {
      if (svgRef.current) svgRef.current.style.transform = css;
    },
  }));

  useEffect(() => {
    if (svgRef.current) ensureMarkers(svgRef.current);
  }, []);

  useEffect(() => {
    drawRef.current(true);
  }, [arcs, size, regions, outlineHover]);

  useEffect(
    () =>
      appStore.subscribe((s, prev) => {
        if (s.hover.link !== prev.hover.link && layerRef.current)
          markHovered(layerRef.current, s.hover.link);
        if (s.hover.region !== prev.hover.region) drawRef.current(false, true);
      }),
    [],
  );

  return (
    <svg
      ref={svgRef}
      className="arcs-overlay"
      width={size.width}
      height={size.height}
      aria-hidden="true"
      data-arc-count={arcs.length}
    >
      <g ref={hoverRef} className="hover" />
      <g ref={labelsRef} className="labels" />
      <g ref={layerRef} className="arcs" />
    </svg>
  );
});

function drawLabels(
  layer: SVGGElement,
  regions: RegionLayer[],
  project: Project,
  restyle: boolean,
) {
  const labels = select(layer)
    .selectAll<SVGTextElement, RegionLayer>('text')
    .data(regions, (d) => d.id)
    .join('text')
    .attr('transform', (d) => `translate(${project(d.label).join(',')})`);
  if (restyle) labels.attr('data-label', (d) => d.id).text((d) => d.name);
}

type Hovered = { feature: GeoData['regions']['features'][number]; color: string };

function drawHover(layer: SVGGElement, hovered: Hovered | null, project: Project) {
  // Built only while a region is hovered: most camera frames have nothing to outline.
  const path = hovered && screenPath(project);
  select(layer)
    .selectAll<SVGPathElement, Hovered>('path')
    .data(hovered ? [hovered] : [])
    .join('path')
    .attr('data-hovered-region', (d) => d.feature.properties.id)
    .attr('fill', (d) => d.color)
    .attr('d', (d) => path?.(d.feature) ?? null);
}

function markHovered(layer: SVGGElement, link: string | null) {
  select(layer)
    .selectAll<SVGGElement, { arc: Arc }>('g.arc')
    .classed('hovered', (d) => d.arc.id === link);
}
