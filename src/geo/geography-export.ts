import type { Lang } from '../store/url-hash';
import { screenPath, worldPath } from './projection';
import type { GeoData } from './geo';
import { riverLabels } from './geography-layer';
import {
  BELT_OPACITY,
  GEOGRAPHY_COLORS as COLORS,
  LABEL_HALO,
  RIVER_LABEL_HALO_OPACITY,
} from './palette';
import type { Project } from './projection';

/**
 * The same context as standalone SVG markup for the export: rivers and lakes in world
 * units (`world`, inside the map's transform), the river names and, when `belt`, the
 * belt's outline on screen (`screen`, through `project`).
 */
export function geographyMarkup(
  geo: GeoData,
  project: Project,
  options: { belt: boolean; lang: Lang },
): { world: string; screen: string } {
  const lakes = geo.lakes.features.map((f) => `<path d="${worldPath(f)}"/>`).join('');
  const rivers = geo.rivers.features
    .map(
      (f) => `<path d="${worldPath(f)}" stroke-width="${f.properties.id === 'other' ? 0.6 : 1}"/>`,
    )
    .join('');
  const world =
    `<g fill="${COLORS.lake}" stroke="${COLORS.lakeOutline}" stroke-width="0.5" vector-effect="non-scaling-stroke">${lakes}</g>` +
    `<g fill="none" stroke="${COLORS.river}" stroke-linejoin="round" vector-effect="non-scaling-stroke">${rivers}</g>`;
  const path = screenPath(project);
  const belt = options.belt
    ? geo.belt.features
        .map(
          (f) =>
            `<path d="${path(f) ?? ''}" fill="none" stroke="${COLORS.belt}" stroke-width="1.6" stroke-dasharray="7 4" opacity="${BELT_OPACITY}"/>`,
        )
        .join('')
    : '';
  const names = riverLabels(
    geo.rivers.features.map((f) => f.properties),
    options.lang,
  )
    .map((r) => {
      const [x, y] = project(r.at);
      return `<text transform="translate(${x},${y}) rotate(${r.angle})" text-anchor="middle" dominant-baseline="middle" font-size="12" font-style="italic" fill="${COLORS.riverLabel}" stroke="${LABEL_HALO}" stroke-opacity="${RIVER_LABEL_HALO_OPACITY}" stroke-width="3" paint-order="stroke" font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif">${r.name.replace(/[<>&]/g, '')}</text>`;
    })
    .join('');
  return { world, screen: belt + names };
}
