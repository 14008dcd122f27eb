import type { LngLat } from '../../data/schema';
import { endpointLocation, endpointName, type Model } from '../../data/model';
import type { Lang } from '../../store/url-hash';

/** One cooperation link as the map draws it; both renderers draw the same list. */
export type Arc = {
  id: string;
  fromId: string;
  toId: string;
  from: LngLat;
  to: LngLat;
  kind: string;
  kindIndex: number;
  directed: boolean;
  /** Pieces of evidence: the wider the arc, the more the text says about it. */
  weight: number;
  /** Both ends in one region: shown only when zoomed in, or when that region is selected. */
  intra: boolean;
  region: string | null;
  /** Part of the selection (its region's links, or the selected link). */
  active: boolean;
  /** One of the links a presentation step talks about: drawn at any zoom. */
  focused: boolean;
  selected: boolean;
  label: string;
};

/** Zoom at which links inside one region (鄂湘赣, 港深, the G60 cities) appear. */
export const INTRA_ZOOM = 5.5;

export function arcsFor(
  model: Model,
  regionLabels: Map<string, LngLat>,
  selection: { region: string | null; link: string | null },
  lang: Lang,
  /** During a presentation step: exactly these links are shown. */
  focus: Set<string> | null = null,
): Arc[] {
  const kinds = model.bundle.kinds.map((k) => k.id);
  const regionLinks = selection.region
    ? new Set(model.linksOfRegion(selection.region).map((l) => l.id))
    : null;
  const arcs: Arc[] = [];
  for (const link of model.bundle.links) {
    const from = endpointLocation(model, regionLabels, link.from);
    const to = endpointLocation(model, regionLabels, link.to);
    if (!from || !to || (from[0] === to[0] && from[1] === to[1])) continue;
    const selected = link.id === selection.link;
    const active = focus
      ? focus.has(link.id)
      : selected || (regionLinks ? regionLinks.has(link.id) : !selection.link);
    if ((focus || regionLinks) && !active) continue;
    const kindLabel = model.bundle.kinds.find((k) => k.id === link.kind)?.label[lang] ?? link.kind;
    arcs.push({
      id: link.id,
      fromId: link.from,
      toId: link.to,
      from,
      to,
      kind: link.kind,
      kindIndex: Math.max(0, kinds.indexOf(link.kind)),
      directed: link.directed,
      weight: link.evidence.length,
      intra:
        model.regionOf(link.from) !== null && model.regionOf(link.from) === model.regionOf(link.to),
      region: model.regionOf(link.from),
      active,
      focused: Boolean(focus?.has(link.id)),
      selected,
      label: `${endpointName(model, link.from, lang)} ${link.directed ? '→' : '↔'} ${endpointName(model, link.to, lang)} · ${kindLabel}`,
    });
  }
  return arcs;
}

export function visibleArcs(
  arcs: Arc[],
  zoom: number,
  selection: { region: string | null; link: string | null },
): Arc[] {
  return arcs.filter(
    (a) =>
      !a.intra ||
      a.focused ||
      zoom >= INTRA_ZOOM ||
      a.id === selection.link ||
      a.region === selection.region,
  );
}
