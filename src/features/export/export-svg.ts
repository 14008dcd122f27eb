import type { Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';
import { t as text } from '../../i18n/strings';
import {
  WORLD_UNIT,
  fitView,
  projectWith,
  viewToTransform,
  worldPath,
  type Size,
} from '../../geo/projection';
import type { GeoData } from '../../geo/geo';
import type { GeoView } from '../../geo/view';
import {
  MAP_COLORS,
  REGION_FILL_OPACITY,
  regionLabelPoints,
  regionLayers,
} from '../../geo/map-layers';
import { arcsFor, visibleArcs } from '../../arcs/arc-model';
import { angleDeg, arcPath, edgePoint, inside, type Point } from '../../arcs/arc-path';
import { arcWidth, kindStyle, KIND_STYLES } from '../../arcs/arc-styles';
import { geographyMarkup } from '../../geo/geography-export';
import { INSET_BOX, nanhaiInsetSvg } from './nanhai-svg';
import {
  ARC_OPACITY,
  LABEL_HALO,
  PAPER,
  PARTIAL_HATCH,
  REGION_OUTLINE,
  rgba,
} from '../../geo/palette';
import { subjectBounds, type MapSubject } from './map-subject';

export function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const FONT = `font-family="Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif"`;
const PAD = 12;
const LEGEND_ROW = 22;
const TITLE_BAND = 44;
const CREDIT_LINE = 16;

export type ExportOptions = {
  model: Model;
  /** The regions' names, points and bounds (the first view's geometry). */
  view: GeoView;
  /** The shapes, from the topology. */
  geo: GeoData;
  lang: Lang;
  subject: MapSubject;
  size: Size;
  /** A title band on top (the app's name and the subject); off for print, which has its own. */
  title?: string | null;
  /** The source credit along the bottom; off for print, whose footer repeats on every page. */
  credit?: boolean;
  /** The 长江经济带 outline, as on screen when the reader turned it on. */
  belt?: boolean;
};

export type ExportedMap = {
  svg: string;
  /** The fitted view and the map area, for tests and for placing things over it. */
  view: { zoom: number; lat: number; lng: number };
  mapArea: { x: number; y: number; width: number; height: number };
};

/** The briefing's credit line, as the app's footer words it. */
export function creditLine(model: Model, lang: Lang): string {
  const b = model.bundle.briefing;
  return `${text(lang, 'source')}: ${b.publisher[lang]} · ${b.series[lang]} ${b.issue.year}-${b.issue.number} · ${b.subtitle[lang]}《${b.title[lang]}》· ${b.date}`;
}

/** Rough width of a label: CJK characters are square, Latin ones about half as wide. */
function textWidth(value: string, fontSize: number): number {
  let w = 0;
  for (const ch of value) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.56;
  return w * fontSize;
}

/** Splits `value` into lines no wider than `width` (at spaces, or anywhere in CJK text). */
function wrap(value: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/(?<=\s)|(?=[\u2e80-\u9fff])/)) {
    if (line && textWidth(line + word, fontSize) > width) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line) lines.push(line);
  return lines;
}

type LegendItem = { swatch: string; label: string };

/** Legend items laid out in rows across `width`; returns the markup and the height used. */
function legendStrip(
  items: LegendItem[],
  y: number,
  width: number,
): { svg: string; height: number } {
  let x = PAD;
  let row = 0;
  const placed = items.map((item) => {
    const w = 30 + textWidth(item.label, 13) + 18;
    if (x + w > width - PAD && x > PAD) {
      row++;
      x = PAD;
    }
    const at = { x, y: y + 8 + row * LEGEND_ROW };
    x += w;
    return `<g transform="translate(${at.x},${at.y})">${item.swatch}<text x="30" y="12" font-size="13" fill="${MAP_COLORS.text}" ${FONT}>${escapeXml(item.label)}</text></g>`;
  });
  const height = items.length ? 16 + (row + 1) * LEGEND_ROW : 0;
  return {
    svg: `<g class="export-legend" data-legend="strip"><rect x="0" y="${y}" width="${width}" height="${height}" fill="${PAPER}"/><line x1="0" x2="${width}" y1="${y + 0.5}" y2="${y + 0.5}" stroke="#c9c5bb"/>${placed.join('')}</g>`,
    height,
  };
}

function markerDefs(): string {
  return KIND_STYLES.map((style, i) => {
    const shape =
      style.marker === 'arrow'
        ? '<path d="M0,0L10,5L0,10z"/>'
        : style.marker === 'dot'
          ? '<circle cx="5" cy="5" r="4"/>'
          : '<rect x="3" y="0" width="4" height="10"/>';
    return `<marker id="x-arc-end-${i}" viewBox="0 0 10 10" refX="${style.marker === 'arrow' ? 8 : 5}" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse" fill="${style.color}">${shape}</marker>`;
  }).join('');
}

/**
 * Path data in world units, built once per shape: the camera never enters it, so a deck's
 * dozen maps (or a re-print) reuse it.
 */
const pathCache = new WeakMap<object, string>();
function cachedPath(shape: object): string {
  let d = pathCache.get(shape);
  if (d === undefined) pathCache.set(shape, (d = worldPath(shape as never)));
  return d;
}

const worldPaths = (features: object[], fill: string) =>
  features.map((f) => `<path d="${cachedPath(f)}" fill="${fill}"/>`).join('');

/**
 * A map as one standalone SVG, for the PNG/SVG export, the PowerPoint slides and the print:
 * fitted with its own projection to the subject (the camera on screen plays no part),
 * the 南海诸岛 inset framed in the bottom-right corner of the map, a compact legend in a
 * strip below the map (never over it) and the source credit.
 */
export function exportSvg({
  model,
  view: regionsView,
  geo,
  lang,
  subject,
  size,
  title = null,
  credit = true,
  belt = false,
}: ExportOptions): ExportedMap {
  const { width, height } = size;
  const regions = regionLayers(model.regions, regionsView, lang);
  const labels = regionLabelPoints(regionsView);
  const focus = new Set(subject.links);
  let arcs = arcsFor(model, labels, { region: null, link: null }, lang, focus);

  const kindsShown = [...new Set(arcs.map((a) => a.kindIndex))].sort((a, b) => a - b);
  const legendItems: LegendItem[] = [
    ...regions.map((r) => ({
      swatch: `<rect y="1" width="22" height="12" fill="${r.color}" fill-opacity="${REGION_FILL_OPACITY.selected}"/>`,
      label: r.name,
    })),
    ...kindsShown.map((i) => {
      const s = kindStyle(i);
      return {
        swatch: `<line x1="0" y1="7" x2="24" y2="7" stroke="${s.color}" stroke-width="3" stroke-dasharray="${s.dash}"/>`,
        label: model.bundle.kinds[i]?.label[lang] ?? '',
      };
    }),
  ];
  const creditLines = credit ? wrap(creditLine(model, lang), width - 2 * PAD, 12) : [];
  const creditH = credit ? 10 + creditLines.length * CREDIT_LINE : 0;
  const titleH = title ? TITLE_BAND : 0;
  // Measure the legend first: the map takes what is left.
  const probe = legendStrip(legendItems, 0, width);
  const legendY = height - creditH - probe.height;
  const legend = legendStrip(legendItems, legendY, width);
  const mapArea = { x: 0, y: titleH, width, height: legendY - titleH };

  const insetScale = Math.max(0.6, Math.min(1.6, mapArea.height / 480));
  const inset = {
    width: INSET_BOX.width * insetScale,
    height: INSET_BOX.height * insetScale,
  };
  const margin = Math.max(8, mapArea.height * 0.03);
  // The inset's column is kept clear, so it never covers the subject.
  const view = fitView(subjectBounds(model, regionsView, subject), mapArea, {
    top: margin,
    left: margin,
    bottom: margin,
    right: subject.whole ? margin : inset.width + 2 * margin,
  });
  const t = viewToTransform(view, mapArea);
  arcs = subject.whole ? visibleArcs(arcs, view.zoom, { region: null, link: null }) : arcs;

  const highlighted = new Set(subject.highlight);
  const opacity = (id: string) =>
    highlighted.size === 0
      ? REGION_FILL_OPACITY.normal
      : highlighted.has(id)
        ? REGION_FILL_OPACITY.selected
        : REGION_FILL_OPACITY.dimmed;
  const regionFills = geo.regions.features
    .map((f) => {
      const r = regions.find((x) => x.id === f.properties.id);
      return `<path data-region="${f.properties.id}" d="${cachedPath(f)}" fill="${r?.color ?? '#999'}" fill-opacity="${opacity(f.properties.id)}" stroke="${REGION_OUTLINE.rest}" stroke-width="1" vector-effect="non-scaling-stroke"/>`;
    })
    .join('');
  const outlines = geo.regions.features
    .filter((f) => highlighted.has(f.properties.id))
    .map(
      (f) =>
        `<path d="${cachedPath(f)}" fill="none" stroke="${REGION_OUTLINE.selected}" stroke-width="2.5" vector-effect="non-scaling-stroke"/>`,
    )
    .join('');

  const project = (p: [number, number]) => projectWith(t, p);
  // An end outside the map gets a pointer at the map's edge, as on screen (draw-arcs.ts).
  const edge = { x0: 14, y0: 14, x1: mapArea.width - 14, y1: mapArea.height - 14 };
  const arcMarkup = arcs
    .map((arc) => {
      const s = kindStyle(arc.kindIndex);
      let a: Point = project(arc.from);
      let b: Point = project(arc.to);
      if (!inside(a, edge) && inside(b, edge)) [a, b] = [b, a];
      if (!inside(a, edge)) return '';
      const clipped = !inside(b, edge);
      const end = clipped ? edgePoint(a, b, edge) : b;
      const marker =
        arc.directed && !clipped
          ? ` marker-end="url(#x-arc-end-${arc.kindIndex % KIND_STYLES.length})"`
          : '';
      const pointer = clipped
        ? `<path d="M-7,-6L5,0L-7,6z" fill="${s.color}" transform="translate(${end[0].toFixed(1)},${end[1].toFixed(1)}) rotate(${angleDeg(a, b).toFixed(1)})"/>`
        : '';
      return `<path class="arc" data-link="${arc.id}" d="${arcPath(a, end)}" fill="none" stroke="${s.color}" stroke-width="${arcWidth(arc.weight)}" stroke-linecap="round"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} opacity="${ARC_OPACITY.active}"${marker}/>${pointer}`;
    })
    .join('');
  const labelMarkup = regions
    .map((r) => {
      const [x, y] = project(r.label);
      if (x < 0 || x > mapArea.width || y < 0 || y > mapArea.height) return '';
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="middle" dominant-baseline="middle" font-size="15" fill="${MAP_COLORS.text}" stroke="${LABEL_HALO}" stroke-width="4" stroke-linejoin="round" paint-order="stroke" ${FONT}>${escapeXml(r.name)}</text>`;
    })
    .join('');

  const insetMarkup = nanhaiInsetSvg(regionsView.nanhai, {
    x: mapArea.width - inset.width - margin,
    y: mapArea.y + mapArea.height - inset.height - margin,
    scale: insetScale,
    caption: escapeXml(text(lang, 'insetLabel')),
    font: FONT,
  });

  const titleMarkup = title
    ? `<rect width="${width}" height="${titleH}" fill="${PAPER}"/><text x="${PAD + 4}" y="29" font-size="20" font-weight="700" fill="${MAP_COLORS.text}" ${FONT}>${escapeXml(title)}</text>`
    : '';
  const creditMarkup = credit
    ? `<g data-credit="source"><rect x="0" y="${height - creditH}" width="${width}" height="${creditH}" fill="${PAPER}"/>${creditLines.map((line, i) => `<text x="${PAD}" y="${height - creditH + 17 + i * CREDIT_LINE}" font-size="12" fill="#333" ${FONT}>${escapeXml(line)}</text>`).join('')}</g>`
    : '';

  // Rivers, lakes, their names and the belt: the same context as on screen.
  const geography = geographyMarkup(geo, (p) => projectWith(t, p), { belt, lang });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" data-fit="${[view.zoom, view.lat, view.lng].map((n) => n.toFixed(4)).join(',')}">
<defs>${markerDefs()}<pattern id="x-partial-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="scale(${(WORLD_UNIT / t.k).toPrecision(6)}) rotate(45)"><rect width="6" height="6" fill="${rgba(PARTIAL_HATCH.ground)}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${rgba(PARTIAL_HATCH.line)}" stroke-width="2"/></pattern><clipPath id="x-map-area"><rect width="${mapArea.width}" height="${mapArea.height}"/></clipPath></defs>
<rect width="100%" height="100%" fill="${PAPER}"/>
<g transform="translate(${mapArea.x},${mapArea.y})" clip-path="url(#x-map-area)">
<rect class="map-area" width="${mapArea.width}" height="${mapArea.height}" fill="${MAP_COLORS.sea}"/>
<g transform="translate(${t.x.toFixed(2)},${t.y.toFixed(2)}) scale(${(t.k / WORLD_UNIT).toPrecision(6)})">
${worldPaths(geo.neighbours.features, MAP_COLORS.neighbour)}${worldPaths(geo.land.features, MAP_COLORS.land)}${regionFills}${worldPaths(geo.partials.features, 'url(#x-partial-hatch)')}
<g class="geography">${geography.world}</g>
<path d="${cachedPath(geo.provinceBorders)}" fill="none" stroke="${MAP_COLORS.provinceBorder}" stroke-width="0.8" vector-effect="non-scaling-stroke"/>${outlines}
</g>
<g class="geography-names">${geography.screen}</g>
<g class="labels">${labelMarkup}</g>
<g class="arcs">${arcMarkup}</g>
</g>
${insetMarkup}
${titleMarkup}
${legend.svg}
${creditMarkup}
</svg>`;
  return { svg, view, mapArea };
}
