import type { Bundle } from './schema';
import { checkBundle, loadSchemas, type CheckResult } from './bundle-guard';
import type { CheckAnswer, CheckRequest } from './check-worker';
import { geoFromTopology, type ChinaTopology, type GeoData } from '../geo/geo';

export class LoadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new LoadError(url, 'network error');
  }
  if (!response.ok) throw new LoadError(url, `HTTP ${response.status}`);
  return response.text();
}

const notJson = (url: string, text: string) =>
  new LoadError(url, `not valid JSON (${text.length} bytes received — truncated?)`);

async function fetchJson(url: string): Promise<unknown> {
  const text = await fetchText(url);
  try {
    return JSON.parse(text);
  } catch {
    throw notJson(url, text);
  }
}

/**
 * Checks the briefing in a worker (check-worker.ts), started at once so that its code loads
 * while the data downloads: parsing and checking then run beside the map's drawing instead
 * of before it. Null where no worker can be started; the answer is null if the worker's code
 * could not be loaded (then the main thread checks).
 */
function startCheckWorker(): ((text: string) => Promise<CheckAnswer | null>) | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return (text) =>
    new Promise<CheckAnswer | null>((resolve) => {
      const done = (answer: CheckAnswer | null) => {
        worker.terminate();
        resolve(answer);
      };
      worker.onmessage = (e: MessageEvent<CheckAnswer>) => done(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        done(null);
      };
      worker.postMessage({ text } satisfies CheckRequest);
    });
}

async function checkOnMainThread(url: string, text: string): Promise<CheckResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notJson(url, text);
  }
  try {
    return await checkBundle(json, loadSchemas());
  } catch {
    throw new LoadError(url, 'the code that checks it could not be loaded (network?)');
  }
}

const base = import.meta.env.BASE_URL;

export async function loadBundle(briefing: string): Promise<Bundle> {
  const url = `${base}data/briefings/${briefing}.json`;
  const check = startCheckWorker();
  const text = await fetchText(url);
  const answer = (await check?.(text)) ?? (await checkOnMainThread(url, text));
  if ('notJson' in answer) throw notJson(url, text);
  if (!answer.ok) throw new LoadError(url, answer.problems);
  return answer.bundle;
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
