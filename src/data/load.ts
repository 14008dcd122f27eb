import type { Bundle } from './schema';
import { checkBundle, loadSchemas, type CheckResult } from './bundle-guard';
import type { CheckAnswer, CheckRequest } from './check-worker';
import type { ChinaTopology, GeoData } from '../geo/geo';
import { readView, type GeoView } from '../geo/view';

export class LoadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new LoadError(url, 'network error');
  }
  if (!response.ok) throw new LoadError(url, `HTTP ${response.status}`);
  return response.arrayBuffer();
}

const fetchText = async (url: string) => new TextDecoder().decode(await fetchBytes(url));

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
 * Briefings are checked in workers (check-worker.ts): parsing and checking run beside the
 * map's drawing instead of before it. A small pool, reused: "all briefings" checks a
 * hundred files, and a worker each (each compiling the schemas) cost more than the
 * checks. One worker per core but one, idle ones closed after a while.
 */
const MAX_WORKERS = Math.min(4, Math.max(1, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1));
const IDLE_CLOSE_MS = 10_000;

type Job = { text: string; resolve: (answer: CheckAnswer | null) => void };
const idle: Worker[] = [];
const queue: Job[] = [];
let live = 0;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

function spawn(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    live++;
    return worker;
  } catch {
    return null;
  }
}

function run(worker: Worker, job: Job) {
  worker.onmessage = (e: MessageEvent<CheckAnswer>) => {
    job.resolve(e.data);
    release(worker);
  };
  // Its code could not be loaded (offline, a new deployment): null, the main thread checks.
  worker.onerror = (e) => {
    e.preventDefault();
    worker.terminate();
    live--;
    // The others waiting would meet the same: they are checked on the main thread too.
    for (const waiting of [job, ...queue.splice(0)]) waiting.resolve(null);
  };
  worker.postMessage({ text: job.text } satisfies CheckRequest);
}

function release(worker: Worker) {
  const next = queue.shift();
  if (next) return run(worker, next);
  idle.push(worker);
  clearTimeout(closeTimer);
  closeTimer = setTimeout(() => {
    const closing = idle.splice(0);
    for (const w of closing) w.terminate();
    live -= closing.length;
  }, IDLE_CLOSE_MS);
}

/**
 * A worker ready to check a text, started at once so that its code loads while the data
 * downloads. Null where no worker can be started; the answer is null if the worker's code
 * could not be loaded (then the main thread checks).
 */
function checker(): ((text: string) => Promise<CheckAnswer | null>) | null {
  if (!idle.length && live < MAX_WORKERS) {
    const worker = spawn();
    if (!worker) return null;
    idle.push(worker);
  }
  return (text) =>
    new Promise<CheckAnswer | null>((resolve) => {
      const job = { text, resolve };
      const worker = idle.pop();
      if (worker) run(worker, job);
      else queue.push(job);
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

/** Hex SHA-256 of `bytes`, or null where Web Crypto is missing (a page not served securely). */
async function sha256(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const hash = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One briefing, checked. `expected` is the SHA-256 the build recorded for the file it
 * checked (the briefings index): a download with exactly those bytes is that file and is
 * only parsed, off the schemas' path (their worker, 24 KB, is then not even fetched). Any
 * other bytes (a file changed on the server, cut short, a newer deployment) are checked
 * against the schemas in a worker, which names the problem.
 */
export async function loadBundle(briefing: string, expected?: string): Promise<Bundle> {
  const url = `${base}data/briefings/${briefing}.json`;
  // Without a digest to compare, the worker starts at once so its code loads meanwhile.
  let check = expected ? null : checker();
  const bytes = await fetchBytes(url);
  const text = new TextDecoder().decode(bytes);
  // The very bytes the build checked (and wrote as JSON): parsed, nothing more.
  if (expected && (await sha256(bytes)) === expected) return JSON.parse(text) as Bundle;
  check ??= checker();
  const answer = (await check?.(text)) ?? (await checkOnMainThread(url, text));
  if ('notJson' in answer) throw notJson(url, text);
  if (!answer.ok) throw new LoadError(url, answer.problems);
  return answer.bundle;
}

/** The geometry of the first view (src/geo/view.ts): paths ready to draw, no decoding. */
export async function loadView(): Promise<GeoView> {
  const url = `${base}geo/china.view.json`;
  const view = readView(await fetchJson(url));
  if (typeof view === 'string') throw new LoadError(url, view);
  return view;
}

/**
 * The topology, decoded to GeoJSON as each layer is first used (MapLibre, the export,
 * city borders, the belt): fetched after the first view, its code in a chunk of its
 * own (topojson-client is no part of the first view).
 */
export async function loadGeo(): Promise<GeoData> {
  const url = `${base}geo/china.topo.json`;
  const [topology, { geoFromTopology }] = await Promise.all([
    fetchJson(url) as Promise<ChinaTopology>,
    import('../geo/geo'),
  ]);
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
