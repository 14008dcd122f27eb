import type { LngLat } from '../data/schema';
import { endpointLocation, endpointName, linkEnds, type Model } from '../data/model';
import { isFarEnd } from '../camera/frame-rules';
import { corridorPath } from './corridor';
import type { Lang } from '../store/url-hash';

/** One cooperation link as the map draws it; both renderers draw the same list. */
export type Arc = {
  id: string;
  fromId: string;
  toId: string;
  from: LngLat;
  to: LngLat;
  /** A corridor (a link with `via`): every stop, drawn as one line through them. */
  path: LngLat[] | null;
  kind: string;
  kindIndex: number;
  directed: boolean;
  /** Pieces of evidence: the wider the arc, the more the text says about it. */
  weight: number;
  /** Both ends in one region: shown only when zoomed in, or when that region is selected. */
  intra: boolean;
  region: string | null;
  /**
   * An end that is no place in China (the world, Africa, the belt as a whole): drawn as a
   * labelled marker at the edge of the map, in the direction of `from`/`to`.
   */
  far: 'from' | 'to' | null;
  fromName: string;
  toName: string;
  /** Part of the selection (its region's links, or the selected link). */
  active: boolean;
  /** One of the links a presentation step talks about: drawn at any zoom. */
  focused: boolean;
  selected: boolean;
  label: string;
  /** Bend of the curve (see arc-path.ts); set where parallel links are fanned apart. */
  bend?: number;
  /** In the overview: the number of links between this arc's two regions, on one arc each. */
  pairCount?: number;
};

/** How far east (degrees) the marker of an end with no place of its own points. */
const FAR_EAST = 40;
/** What the reader chose to see: link kinds (null: all) and the whole-network overview. */
export type ArcFilter = { kinds: string[] | null; overview: boolean };
export const NO_FILTER: ArcFilter = { kinds: null, overview: false };

const BEND = 0.22;
const FAN_STEP = 0.14;

/** Zoom at which links inside one region (鄂湘赣, 港深, the G60 cities) appear. */
export const INTRA_ZOOM = 5.5;

export function arcsFor(
  model: Model,
  regionLabels: Map<string, LngLat>,
  selection: { region: string | null; link: string | null },
  lang: Lang,
  /** During a presentation step: exactly these links are shown. */
  focus: Set<string> | null = null,
  filter: ArcFilter = NO_FILTER,
): Arc[] {
  // A presentation step shows exactly its links; the kind filter applies everywhere else.
  const kindShown = (kind: string) =>
    focus !== null || !filter.kinds || filter.kinds.includes(kind);
  const kinds = model.bundle.kinds.map((k) => k.id);
  const regionLinks = selection.region
    ? new Set(model.linksOfRegion(selection.region).map((l) => l.id))
    : null;
  const arcs: Arc[] = [];
  const locate = (id: string) => endpointLocation(model, regionLabels, id);
  for (const link of model.bundle.links) {
    const far = isFarEnd(model, link.from) ? 'from' : isFarEnd(model, link.to) ? 'to' : null;
    let from = locate(link.from);
    let to = locate(link.to);
    // A far end without a place of its own points out east, to the open sea.
    if (far === 'to' && from && !to) to = [from[0] + FAR_EAST, from[1]];
    if (far === 'from' && to && !from) from = [to[0] + FAR_EAST, to[1]];
    if (!from || !to || (from[0] === to[0] && from[1] === to[1])) continue;
    const selected = link.id === selection.link;
    const active = focus
      ? focus.has(link.id)
      : selected || (regionLinks ? regionLinks.has(link.id) : !selection.link);
    if ((focus || regionLinks) && !active) continue;
    if (!selected && !kindShown(link.kind)) continue;
    const kindLabel = model.bundle.kinds.find((k) => k.id === link.kind)?.label[lang] ?? link.kind;
    arcs.push({
      id: link.id,
      fromId: link.from,
      toId: link.to,
      from,
      to,
      path: link.via ? corridorPath(link, locate) : null,
      kind: link.kind,
      kindIndex: Math.max(0, kinds.indexOf(link.kind)),
      directed: link.directed,
      far,
      fromName: endpointName(model, link.from, lang),
      toName: endpointName(model, link.to, lang),
      weight: link.evidence.length,
      intra:
        model.regionOf(link.from) !== null && model.regionOf(link.from) === model.regionOf(link.to),
      region: model.regionOf(link.from),
      active,
      focused: Boolean(focus?.has(link.id)),
      selected,
      label: `${linkEnds(model, link, lang)} · ${kindLabel}`,
    });
  }
  return filter.overview ? fanned(arcs, model.regionOf) : arcs;
}

/** The two regions an arc joins (an end outside the five counts as itself), in order. */
function pairKey(arc: Arc, regionOf: (id: string) => string | null): [string, string] {
  const a = regionOf(arc.fromId) ?? arc.fromId;
  const b = regionOf(arc.toId) ?? arc.toId;
  return a <= b ? [a, b] : [b, a];
}

/**
 * The overview draws every link at once: links between the same two regions are fanned
 * apart (each its own bend, all bulging to one side) and one of them carries their count.
 */
function fanned(arcs: Arc[], regionOf: (id: string) => string | null): Arc[] {
  const groups = new Map<string, Arc[]>();
  for (const arc of arcs) {
    if (arc.intra) continue;
    const key = pairKey(arc, regionOf).join('|');
    groups.set(key, [...(groups.get(key) ?? []), arc]);
  }
  const changed = new Map<string, Partial<Arc>>();
  for (const [key, group] of groups) {
    const first = key.split('|')[0];
    group.forEach((arc, i) => {
      const canonical = BEND + (i - (group.length - 1) / 2) * FAN_STEP;
      const reversed = (regionOf(arc.fromId) ?? arc.fromId) !== first;
      changed.set(arc.id, {
        bend: reversed ? -canonical : canonical,
        pairCount: i === Math.floor(group.length / 2) ? group.length : undefined,
      });
    });
  }
  return arcs.map((arc) => (changed.has(arc.id) ? { ...arc, ...changed.get(arc.id) } : arc));
}

export function visibleArcs(
  arcs: Arc[],
  zoom: number,
  selection: { region: string | null; link: string | null },
  /** The whole-network overview shows every link, whatever the zoom. */
  overview = false,
): Arc[] {
  return arcs.filter(
    (a) =>
      overview ||
      !a.intra ||
      a.focused ||
      zoom >= INTRA_ZOOM ||
      a.id === selection.link ||
      a.region === selection.region,
  );
}
