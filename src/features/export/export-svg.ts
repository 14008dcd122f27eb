import type { Model } from '../../data/model';
import type { Lang, View } from '../../store/url-hash';
import { WORLD_UNIT, projectWith, viewToTransform, worldPath, type Size } from '../map/camera';
import type { GeoData } from '../map/geo';
import { MAP_COLORS, type RegionLayer } from '../map/map-layers';
import { REGION_FILL_OPACITY, composite } from '../map/palette';
import { kindStyle } from '../arcs/arc-styles';
import { geographyMarkup } from '../map/geography-export';
import { p, t as tr } from '../../i18n/strings';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const paths = (features: { type: string }[], fill: string) =>
  features.map((f) => `<path d="${worldPath(f as never)}" fill="${fill}"/>`).join('');

export type ExportInput = {
  model: Model;
  geo: GeoData;
  regions: RegionLayer[];
  view: View;
  size: Size;
  lang: Lang;
  selectedRegion: string | null;
  /** The arcs as drawn on screen: the overlay's markup, in the same pixel space. */
  arcsMarkup: string;
  /** The 长江经济带 outline is on. */
  belt?: boolean;
};

/**
 * The current view as one standalone SVG for slides: map, arcs, legend, title, the
 * selected region's name and the source credit — and none of the controls.
 */
export function exportSvg({
  model,
  geo,
  regions,
  view,
  size,
  lang,
  selectedRegion,
  arcsMarkup,
  belt = false,
}: ExportInput): string {
  const { width, height } = size;
  const t = viewToTransform(view, size);
  // As on the page: a Latin face first in English (else quotes are full-width), CJK after.
  const font =
    lang === 'en'
      ? `font-family="Liberation Sans, Arial, Helvetica, Noto Sans CJK SC, sans-serif"`
      : `font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif"`;
  const region = selectedRegion ? model.region(selectedRegion) : undefined;
  const b = model.bundle.briefing;
  const title = `${lang === 'zh' ? '区域创新地图' : 'Regional Innovation Map'}${region ? ` · ${region.name[lang]}` : ''}`;
  const credit = `${b.publisher[lang]} · ${b.subtitle[lang]}${lang === 'en' ? ', ' : ''}${p(lang, 'titleOpen')}${b.title[lang]}${p(lang, 'titleClose')} · ${b.date}`;
  const labels = regions
    .map((r) => {
      const [x, y] = projectWith(t, r.label);
      return `<text x="${x}" y="${y}" text-anchor="middle" dominant-baseline="middle" font-size="15" fill="${MAP_COLORS.text}" stroke="#fff" stroke-width="4" paint-order="stroke" ${font}>${escapeXml(r.name)}</text>`;
    })
    .join('');
  const legendRows = [
    ...regions.map((r) => ({
      swatch: `<rect width="14" height="14" fill="${composite(r.color, REGION_FILL_OPACITY)}"/>`,
      text: r.name,
    })),
    ...model.bundle.kinds.map((k, i) => {
      const s = kindStyle(i);
      return {
        swatch: `<line x1="2" y1="7" x2="42" y2="7" stroke="${s.color}" stroke-width="3" stroke-linecap="round" stroke-dasharray="${s.dash}"/>`,
        text: k.label[lang],
      };
    }),
  ];
  const legend = legendRows
    .map(
      (row, i) =>
        `<g transform="translate(16,${64 + i * 22})">${row.swatch}<text x="50" y="12" font-size="13" ${font}>${escapeXml(row.text)}</text></g>`,
    )
    .join('');
  const dim = (id: string) => selectedRegion !== null && id !== selectedRegion;
  const geography = geographyMarkup(geo, (p) => projectWith(t, p), { belt, lang });
  const regionFills = geo.regions.features
    .map((f) => {
      const r = regions.find((x) => x.id === f.properties.id);
      return `<path d="${worldPath(f)}" fill="${r?.color ?? '#999'}" fill-opacity="${dim(f.properties.id) ? 0.3 : REGION_FILL_OPACITY}"/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="${MAP_COLORS.sea}"/>
<g transform="translate(${t.x},${t.y}) scale(${t.k / WORLD_UNIT})">
${paths(geo.neighbours.features, MAP_COLORS.neighbour)}${paths(geo.land.features, MAP_COLORS.land)}${regionFills}${geography.world}
<path d="${worldPath(geo.provinceBorders)}" fill="none" stroke="${MAP_COLORS.provinceBorder}" stroke-width="0.8" vector-effect="non-scaling-stroke"/>
</g>
${geography.screen}
${labels}
<g fill="none">${arcsMarkup}</g>
<rect x="8" y="8" width="${Math.min(360, width - 16)}" height="${64 + legendRows.length * 22}" fill="#fff" fill-opacity="0.92" rx="6"/>
<text x="16" y="38" font-size="20" font-weight="700" ${font}>${escapeXml(title)}</text>
${legend}
<rect x="0" y="${height - 26}" width="${width}" height="26" fill="#fff" fill-opacity="0.92"/>
<text x="12" y="${height - 9}" font-size="12" fill="#333" ${font}>${escapeXml(`${tr(lang, 'source')}${p(lang, 'colon')}${credit}`)}</text>
</svg>`;
}
