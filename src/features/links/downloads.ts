import { csvFormat } from 'd3-dsv';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

type Collection = FeatureCollection<Geometry | null>;
import { endpointName, type Model } from '../../data/model';
import type { BriefingFile, LngLat, Place } from '../../data/schema';
import { linkBasis } from './links-table-model';
import { download } from '../../lib/download';

/**
 * The data to take away: links, places and viewpoints as CSV (both languages side by
 * side) and as GeoJSON. Pure: the caller saves the text.
 */

/** Lng/lat box of China, the South China Sea islands included. */
export const CHINA_BOUNDS = { west: 73, south: 3, east: 136, north: 54 } as const;

export function inChina([lng, lat]: LngLat): boolean {
  const b = CHINA_BOUNDS;
  return lng >= b.west && lng <= b.east && lat >= b.south && lat <= b.north;
}

/** A place that stands for the world beyond China: no point in China is given to it. */
export function isGlobal(place: Place): boolean {
  if (place.coordinates) return !inChina(place.coordinates);
  return !place.region && !place.provinces?.length && !place.members?.length;
}

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';
const list = (items: string[]) => items.join('; ');

export function linksCsv(model: Model): string {
  const speakerName = (id: string | null, lang: 'zh' | 'en') =>
    id ? (model.speaker(id)?.name[lang] ?? id) : '';
  const rows = model.bundle.links.map((link) => {
    const speakers = [...new Set(link.evidence.map((e) => e.speaker))];
    const kind = model.bundle.kinds.find((k) => k.id === link.kind);
    return {
      id: link.id,
      from: link.from,
      from_zh: endpointName(model, link.from, 'zh'),
      from_en: endpointName(model, link.from, 'en'),
      from_region: model.regionOf(link.from) ?? '',
      to: link.to,
      to_zh: endpointName(model, link.to, 'zh'),
      to_en: endpointName(model, link.to, 'en'),
      to_region: model.regionOf(link.to) ?? '',
      kind: link.kind,
      kind_zh: kind?.label.zh ?? '',
      kind_en: kind?.label.en ?? '',
      directed: String(link.directed),
      basis: linkBasis(link),
      label_zh: link.label.zh,
      label_en: link.label.en,
      speakers: list(speakers.filter((s): s is string => s !== null)),
      speakers_zh: list(speakers.map((s) => speakerName(s, 'zh')).filter(Boolean)),
      speakers_en: list(speakers.map((s) => speakerName(s, 'en')).filter(Boolean)),
      paragraphs: list([...new Set(link.evidence.map((e) => e.paragraph))]),
      evidence_zh: link.evidence.map((e) => e.quote).join('\n'),
    };
  });
  return BOM + csvFormat(rows);
}

export function placesCsv(model: Model): string {
  const rows = model.bundle.places.map((place) => ({
    id: place.id,
    name_zh: place.name.zh,
    name_en: place.name.en,
    kind: place.kind,
    region: place.region ?? '',
    lng: place.coordinates && !isGlobal(place) ? String(place.coordinates[0]) : '',
    lat: place.coordinates && !isGlobal(place) ? String(place.coordinates[1]) : '',
    global: String(isGlobal(place)),
    members: list(place.members ?? []),
    provinces: list((place.provinces ?? []).map(String)),
    paragraphs: list([...new Set(place.mentions.map((m) => m.paragraph))]),
  }));
  return BOM + csvFormat(rows);
}

export function viewpointsCsv(model: Model): string {
  const rows = model.bundle.viewpoints.map((v) => ({
    id: v.id,
    speaker: v.speaker,
    speaker_zh: model.speaker(v.speaker)?.name.zh ?? '',
    speaker_en: model.speaker(v.speaker)?.name.en ?? '',
    section: v.section,
    point: v.point,
    paragraph: v.paragraph,
    scope: v.scope.kind,
    regions: v.scope.kind === 'regions' ? list(v.scope.regions) : '',
    quote_zh: v.quote,
    translation_en: v.en,
  }));
  return BOM + csvFormat(rows);
}

type End = { at: LngLat | null; location: 'point' | 'region' | 'global' | 'none' };

function linkEnd(model: Model, labels: Map<string, LngLat>, id: string): End {
  const place = model.place(id);
  if (!place) {
    const at = labels.get(id) ?? null;
    return { at, location: at ? 'region' : 'none' };
  }
  if (isGlobal(place)) return { at: null, location: 'global' };
  if (place.coordinates) return { at: place.coordinates, location: 'point' };
  const at = place.region ? (labels.get(place.region) ?? null) : null;
  return { at, location: at ? 'region' : 'none' };
}

/**
 * Links as LineStrings from end to end (a region's end at its label point). An end in the
 * world beyond China has no point: the link is then a Point at its end in China, and
 * `from_location` / `to_location` say `global`.
 */
export function linksGeoJson(model: Model, labels: Map<string, LngLat>): Collection {
  const features = model.bundle.links.map((link): Feature<Geometry | null> => {
    const from = linkEnd(model, labels, link.from);
    const to = linkEnd(model, labels, link.to);
    const located = [from.at, to.at].filter((p): p is LngLat => p !== null);
    const geometry: Geometry | null =
      located.length === 2
        ? { type: 'LineString', coordinates: located }
        : located.length === 1
          ? { type: 'Point', coordinates: located[0]! }
          : null;
    return {
      type: 'Feature',
      id: link.id,
      geometry,
      properties: {
        id: link.id,
        from: link.from,
        to: link.to,
        from_location: from.location,
        to_location: to.location,
        kind: link.kind,
        directed: link.directed,
        basis: linkBasis(link),
        label_zh: link.label.zh,
        label_en: link.label.en,
        paragraphs: [...new Set(link.evidence.map((e) => e.paragraph))],
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Places as Points. A place with no single location (an initiative, the Yangtze belt) or
 * in the world beyond China has no geometry (RFC 7946 §3.2) and says why in its properties.
 */
export function placesGeoJson(model: Model): Collection {
  const features = model.bundle.places.map((place): Feature<Geometry | null> => {
    const global = isGlobal(place);
    const point = place.coordinates && !global ? place.coordinates : null;
    return {
      type: 'Feature',
      id: place.id,
      geometry: point ? { type: 'Point', coordinates: point } : null,
      properties: {
        id: place.id,
        name_zh: place.name.zh,
        name_en: place.name.en,
        kind: place.kind,
        region: place.region,
        global,
        provinces: place.provinces ?? null,
        members: place.members ?? null,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** The briefing's full reference, in the language of the page. */
export function citation(briefing: BriefingFile, lang: 'zh' | 'en'): string {
  const { issue } = briefing;
  if (lang === 'zh') {
    return (
      `${briefing.editors.map((e) => e.zh).join('、')} 整理. ` +
      `${briefing.title.zh}——${briefing.subtitle.zh}. ` +
      `${briefing.series.zh}, ${issue.year} 年第 ${issue.number} 期（总第 ${issue.total} 期）. ` +
      `${briefing.publisher.zh}, ${briefing.date}.`
    );
  }
  return (
    `${briefing.editors.map((e) => e.en).join(', ')} (comp.). ` +
    `${briefing.title.zh} [${briefing.title.en}]. ${briefing.subtitle.en}. ` +
    `${briefing.series.en}, ${issue.year}, no. ${issue.number} (no. ${issue.total} overall). ` +
    `${briefing.publisher.en}, ${briefing.date}.`
  );
}

/** Saves text as a file (no request leaves the page). */
export function saveText(name: string, text: string, type: string): void {
  download(new Blob([text], { type }), name);
}
