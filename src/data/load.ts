import type { Bundle } from './schema';
import { bundleGuard, guardProblems } from './bundle-guard';
import { geoFromTopology, type ChinaTopology, type GeoData } from '../features/map/geo';

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
  const json = await fetchJson(url);
  const result = bundleGuard.safeParse(json);
  if (!result.success) throw new LoadError(url, guardProblems(result.error));
  // The guard checked the shape the screen relies on; the build checked every field.
  return json as Bundle;
}

export async function loadGeo(): Promise<GeoData> {
  const url = `${base}geo/china.topo.json`;
  const topology = (await fetchJson(url)) as ChinaTopology;
  if (topology?.type !== 'Topology' || !topology.objects?.regions) {
    throw new LoadError(url, 'not a TopoJSON topology with a "regions" layer');
  }
  try {
    return geoFromTopology(topology);
  } catch (error) {
    throw new LoadError(url, String(error));
  }
}
