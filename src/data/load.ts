import type { Bundle } from './schema';
import { checkBundle, loadSchemas } from './bundle-guard';
import { geoFromTopology, type ChinaTopology, type GeoData } from '../geo/geo';

export class LoadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new LoadError(url, 'network error');
  }
  if (!response.ok) throw new LoadError(url, `HTTP ${response.status}`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError(url, `not valid JSON (${text.length} bytes received — truncated?)`);
  }
}

const base = import.meta.env.BASE_URL;

export async function loadBundle(briefing: string): Promise<Bundle> {
  const url = `${base}data/briefings/${briefing}.json`;
  const schemas = loadSchemas();
  const json = await fetchJson(url);
  let checked;
  try {
    checked = await checkBundle(json, schemas);
  } catch {
    throw new LoadError(url, 'the code that checks it could not be loaded (network?)');
  }
  if (!checked.ok) throw new LoadError(url, checked.problems);
  return checked.bundle;
}

export async function loadGeo(): Promise<GeoData> {
  const url = `${base}geo/china.topo.json`;
  const topology = (await fetchJson(url)) as ChinaTopology;
  if (topology?.type !== 'Topology' || !topology.objects?.regions) {
    throw new LoadError(url, 'not a TopoJSON topology with a "regions" layer');
  }
  if (!Array.isArray(topology.arcs) || topology.arcs.length === 0) {
    throw new LoadError(url, 'has no arcs (the coordinates of every shape): empty or cut short?');
  }
  let geo: GeoData;
  try {
    geo = geoFromTopology(topology);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LoadError(url, `its shapes could not be decoded (${reason}): built by another tool?`);
  }
  if (geo.regions.features.length === 0) {
    throw new LoadError(url, 'the "regions" layer has no shapes: the map would be empty');
  }
  return geo;
}
