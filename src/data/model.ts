import type { Bundle, Link, LngLat, Place, Region, Speaker, Viewpoint } from './schema';
import type { Corpus } from './corpus';

/**
 * Lookups derived once from a validated bundle. Everything the UI shows about a region
 * is computed here from the data, never stored twice.
 */
/** The panel entry for viewpoints about the country or the world (全国 / 全球). */
export const WIDE_ID = 'national-global';

export type Model = {
  bundle: Bundle;
  /** "All briefings": the briefings merged into `bundle`, each item tagged by its id. */
  corpus?: Corpus;
  regions: Region[];
  region: (id: string) => Region | undefined;
  place: (id: string) => Place | undefined;
  speaker: (id: string) => Speaker | undefined;
  link: (id: string) => Link | undefined;
  /** The region an end of a link lies in: the region itself, or the place's region. */
  regionOf: (id: string) => string | null;
  linksOfRegion: (region: string) => Link[];
  viewpointsOfRegion: (region: string) => Viewpoint[];
  /** Viewpoints about the country or the world as a whole. */
  wideViewpoints: Viewpoint[];
  placesOfRegion: (region: string) => Place[];
  paragraph: (id: string) => string;
};

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function buildModel(bundle: Bundle, corpus?: Corpus): Model {
  const regions = byId(bundle.regions);
  const places = byId(bundle.places);
  const speakers = byId(bundle.speakers);
  const links = byId(bundle.links);
  const paragraphs = new Map(bundle.source.paragraphs.map((p) => [p.id, p.text]));

  const regionOf = (id: string): string | null =>
    regions.has(id) ? id : (places.get(id)?.region ?? null);

  return {
    bundle,
    ...(corpus ? { corpus } : {}),
    regions: bundle.regions,
    region: (id) => regions.get(id),
    place: (id) => places.get(id),
    speaker: (id) => speakers.get(id),
    link: (id) => links.get(id),
    regionOf,
    // 全国 / 全球: the links with an end beyond the five regions (the world, Africa, the belt).
    linksOfRegion: (region) =>
      region === WIDE_ID
        ? bundle.links.filter((l) => regionOf(l.from) === null || regionOf(l.to) === null)
        : bundle.links.filter((l) => regionOf(l.from) === region || regionOf(l.to) === region),
    viewpointsOfRegion: (region) =>
      bundle.viewpoints.filter(
        (v) => v.scope.kind === 'regions' && v.scope.regions.includes(region),
      ),
    wideViewpoints: bundle.viewpoints.filter((v) => v.scope.kind !== 'regions'),
    placesOfRegion: (region) => bundle.places.filter((p) => p.region === region),
    paragraph: (id) => paragraphs.get(id) ?? '',
  };
}

/** Where an end of a link is drawn: a place's coordinates or a region's label point. */
export function endpointLocation(
  model: Model,
  regionLabels: Map<string, LngLat>,
  id: string,
): LngLat | null {
  const place = model.place(id);
  if (place) {
    if (place.coordinates) return place.coordinates;
    return place.region ? (regionLabels.get(place.region) ?? null) : null;
  }
  return regionLabels.get(id) ?? null;
}

export function endpointName(model: Model, id: string, lang: 'zh' | 'en'): string {
  return (model.region(id)?.name ?? model.place(id)?.name)?.[lang] ?? id;
}

/**
 * A link's ends as text: "A ↔ B" (or "A → B"); a corridor names every stop, "A — B — C".
 */
export function linkEnds(
  model: Model,
  link: Pick<Link, 'from' | 'to' | 'via' | 'directed'>,
  lang: 'zh' | 'en',
): string {
  const name = (id: string) => endpointName(model, id, lang);
  if (link.via) return [link.from, ...link.via, link.to].map(name).join(' — ');
  return `${name(link.from)} ${link.directed ? '→' : '↔'} ${name(link.to)}`;
}
