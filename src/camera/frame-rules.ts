import type { LngLat } from '../data/schema';
import { WIDE_ID, endpointLocation, type Model } from '../data/model';
import { boxesBounds, type Bounds } from '../geo/projection';
import type { GeoView } from '../geo/view';
import type { FrameTarget } from './controller';

/**
 * What the camera shows for what was chosen: the selection→camera rules, pure.
 * A region is shown with every end of its cooperation links, a link with its two ends, a
 * place close up, 全国 / 全球 as the whole country. Ends that lie outside China with no
 * place of their own (the world, Africa, the belt as a whole) are not framed: the overlay
 * shows them as labelled markers at the edge.
 */
export type Chosen = {
  region: string | null;
  link: string | null;
  viewpoint?: string | null;
  place?: string | null;
};

/** How close a chosen place is shown. */
export const PLACE_ZOOM = 7;
/** A link with one end far away: its near end, in its surroundings. */
const ONE_END_ZOOM = 6;

/** An end that is not a place in China: drawn as an edge marker, never framed. */
export function isFarEnd(model: Model, id: string): boolean {
  const place = model.place(id);
  return Boolean(place && place.region === null);
}

function regionBoxes(geo: GeoView, ids: Iterable<string>) {
  const wanted = new Set(ids);
  return geo.regions.filter((r) => wanted.has(r.id)).map((r) => r.bbox);
}

function linkEnds(model: Model, labels: Map<string, LngLat>, linkIds: Iterable<string>): LngLat[] {
  const points: LngLat[] = [];
  for (const id of linkIds) {
    const link = model.link(id);
    if (!link) continue;
    // A corridor is framed by all its stops.
    for (const end of [link.from, ...(link.via ?? []), link.to]) {
      if (isFarEnd(model, end)) continue;
      const at = endpointLocation(model, labels, end);
      if (at) points.push(at);
    }
  }
  return points;
}

function boundsOf(geo: GeoView, regionIds: Iterable<string>, points: LngLat[]): Bounds | null {
  const boxes = regionBoxes(geo, regionIds);
  if (boxes.length === 0 && points.length === 0) return null;
  return boxesBounds(boxes, points);
}

/** Regions, plus every end of the given links. */
export function regionsWithLinks(
  model: Model,
  geo: GeoView,
  labels: Map<string, LngLat>,
  regionIds: Iterable<string>,
  linkIds: Iterable<string>,
): FrameTarget | null {
  const bounds = boundsOf(geo, regionIds, linkEnds(model, labels, linkIds));
  return bounds && { bounds };
}

/** The five regions: the start view. */
export function overviewTarget(geo: GeoView): FrameTarget {
  return { bounds: boxesBounds(geo.regions.map((r) => r.bbox)) };
}

export function chosenTarget(
  model: Model,
  geo: GeoView,
  labels: Map<string, LngLat>,
  chosen: Chosen,
): FrameTarget | null {
  if (chosen.place && !isFarEnd(model, chosen.place)) {
    const at = endpointLocation(model, labels, chosen.place);
    if (at) return { bounds: [at, at], maxZoom: PLACE_ZOOM };
  }
  if (chosen.link) {
    const link = model.link(chosen.link);
    if (!link) return null;
    const far = isFarEnd(model, link.from) || isFarEnd(model, link.to);
    const target = regionsWithLinks(model, geo, labels, [], [link.id]);
    return target && (far ? { ...target, maxZoom: ONE_END_ZOOM } : target);
  }
  if (chosen.viewpoint) {
    const vp = model.bundle.viewpoints.find((v) => v.id === chosen.viewpoint);
    if (vp?.scope.kind === 'regions')
      return regionsWithLinks(model, geo, labels, vp.scope.regions, []);
  }
  if (chosen.region === WIDE_ID || (chosen.viewpoint && chosen.region === null)) {
    const links = model.linksOfRegion(WIDE_ID).map((l) => l.id);
    // China whole, and every end of the links beyond it.
    return { bounds: boxesBounds([geo.china], linkEnds(model, labels, links)) };
  }
  if (chosen.region) {
    const links = model.linksOfRegion(chosen.region).map((l) => l.id);
    return regionsWithLinks(model, geo, labels, [chosen.region], links);
  }
  return null;
}
