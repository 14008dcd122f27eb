/**
 * The URL hash is the app's shareable state:
 * `#map=ZOOM/LAT/LNG&region=<id>&link=<id>&lang=zh|en&step=N&belt=1&kinds=<id>,<id>&overview=links|matrix`.
 * The `map=` part has the format of MapLibre's named hash. Everything read from it is
 * untrusted: a malformed value is dropped with a reason, the rest is kept.
 */

export type View = { zoom: number; lat: number; lng: number };
export type Lang = 'zh' | 'en';
/** The network view: every link on the map, with the links table or the region matrix. */
export type Overview = 'links' | 'matrix';

export type HashState = {
  view?: View;
  region?: string;
  link?: string;
  lang?: Lang;
  step?: number;
  briefing?: string;
  /** The 长江经济带 outline is on. */
  belt?: boolean;
  /** The link kinds shown; absent means every kind. */
  kinds?: string[];
  overview?: Overview;
};

export type ParsedHash = { state: HashState; rejected: string[] };

/** Down to 1: on a 1024 px screen with the panel open, all of China must still fit beside it. */
export const ZOOM_RANGE = [1, 12] as const;
const MAX_VALUE_LENGTH = 64;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A region or link: an id, or in "all briefings" `<briefing>.<id>` (src/data/corpus.ts). */
const ITEM_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/;
const KNOWN_KEYS = [
  'map',
  'region',
  'link',
  'lang',
  'step',
  'briefing',
  'belt',
  'kinds',
  'overview',
] as const;
/** `kinds=` lists ids, so it may be longer than one value. */
const MAX_LIST_LENGTH = 600;

/**
 * Ids that were renamed, so that links shared before the rename still open what they
 * showed: 王茤祥 was romanised from a misprint (wang-qixiang), the eight G60 spokes became
 * one corridor, and the joint-events links start from 湖北, the subject of their sentence.
 */
export const ID_ALIASES: Readonly<Record<string, string>> = {
  'wang-qixiang': 'wang-jixiang',
  'g60-songjiang-jiaxing': 'g60-corridor-cities',
  'g60-songjiang-hangzhou': 'g60-corridor-cities',
  'g60-songjiang-jinhua': 'g60-corridor-cities',
  'g60-songjiang-suzhou': 'g60-corridor-cities',
  'g60-songjiang-huzhou': 'g60-corridor-cities',
  'g60-songjiang-xuancheng': 'g60-corridor-cities',
  'g60-songjiang-wuhu': 'g60-corridor-cities',
  'g60-songjiang-hefei': 'g60-corridor-cities',
  'middle-yangtze-shanghai-joint-events': 'hubei-shanghai-joint-events',
  'middle-yangtze-shenzhen-joint-events': 'hubei-shenzhen-joint-events',
};

/** The current id for an id that may have been renamed (ids derived from wang-qixiang too). */
export function currentId(id: string): string {
  const alias = ID_ALIASES[id];
  if (alias) return alias;
  return id.startsWith('wang-qixiang-') ? `wang-jixiang-${id.slice('wang-qixiang-'.length)}` : id;
}

function parseNumber(text: string): number | undefined {
  if (!/^-?\d{1,4}(\.\d{1,10})?$/.test(text)) return undefined;
  return Number(text);
}

export function parseView(value: string): View | undefined {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5) return undefined;
  const [zoom, lat, lng] = parts.slice(0, 3).map(parseNumber);
  if (zoom === undefined || lat === undefined || lng === undefined) return undefined;
  if (zoom < ZOOM_RANGE[0] || zoom > ZOOM_RANGE[1]) return undefined;
  if (lat < -85 || lat > 85 || lng < -180 || lng > 180) return undefined;
  return { zoom, lat, lng };
}

// Bidirectional controls (LRE…RLO, LRI…PDI, LRM, RLM) and other invisible controls: echoed
// into a notice they could make the text read backwards or hide parts of it.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from the URL made safe to show: no bidi or control characters, at most `max` long. */
export function sanitizeForDisplay(text: string, max = 24): string {
  const clean = text.replace(UNSAFE_CHARS, '');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

function describe(key: string, value: string): string {
  return `${sanitizeForDisplay(key)}=${sanitizeForDisplay(value)}`;
}

const SHOWN_REJECTED = 3;

/**
 * The notice for what a link had that the map ignored: the parts themselves when there are
 * a few, else how many there were and the first few. Never longer than a few lines.
 */
export function rejectedNotice(rejected: string[]): { zh: string; en: string } {
  const shown = rejected.slice(0, SHOWN_REJECTED);
  if (rejected.length <= SHOWN_REJECTED) {
    return {
      zh: `链接中有无法识别的内容，已忽略：${shown.join('，')}`,
      en: `Ignored what the link had that this map does not know: ${shown.join(', ')}`,
    };
  }
  const count = rejected.length.toLocaleString('en-US');
  const unknownKeys = rejected.every(
    (r) => !(KNOWN_KEYS as readonly string[]).includes(r.slice(0, r.indexOf('='))),
  );
  return unknownKeys
    ? {
        zh: `已忽略 ${count} 个未知参数（如 ${shown.join('，')}）`,
        en: `${count} unknown keys ignored (e.g. ${shown.join(', ')})`,
      }
    : {
        zh: `已忽略链接中 ${count} 处无法识别的内容（如 ${shown.join('，')}）`,
        en: `${count} parts of the link this map does not know were ignored (e.g. ${shown.join(', ')})`,
      };
}

export function parseHash(hash: string): ParsedHash {
  const state: HashState = {};
  const rejected: string[] = [];
  const text = hash.replace(/^#/, '');
  if (!text) return { state, rejected };
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    let value = eq < 0 ? '' : pair.slice(eq + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      rejected.push(describe(key, value));
      continue;
    }
    const max =
      key === 'kinds'
        ? MAX_LIST_LENGTH
        : key === 'link' || key === 'region'
          ? 2 * MAX_VALUE_LENGTH + 1
          : MAX_VALUE_LENGTH;
    if (!(KNOWN_KEYS as readonly string[]).includes(key) || value.length > max) {
      rejected.push(describe(key, value));
      continue;
    }
    const ok = assign(state, key as (typeof KNOWN_KEYS)[number], value);
    if (!ok) rejected.push(describe(key, value));
  }
  return { state, rejected };
}

function assign(state: HashState, key: (typeof KNOWN_KEYS)[number], value: string): boolean {
  switch (key) {
    case 'map': {
      const view = parseView(value);
      if (view) state.view = view;
      return Boolean(view);
    }
    case 'lang':
      if (value !== 'zh' && value !== 'en') return false;
      state.lang = value;
      return true;
    case 'belt':
      if (value !== '1' && value !== '0') return false;
      state.belt = value === '1';
      return true;
    case 'step': {
      if (!/^\d{1,3}$/.test(value)) return false;
      state.step = Number(value);
      return true;
    }
    case 'kinds': {
      // An empty list is a filter that hides every kind: kept, so it survives a reload.
      const ids = value ? value.split(',') : [];
      if (!ids.every((id) => ID.test(id))) return false;
      state.kinds = [...new Set(ids)];
      return true;
    }
    case 'overview':
      if (value !== 'links' && value !== 'matrix') return false;
      state.overview = value;
      return true;
    case 'region':
    case 'link': {
      if (!ITEM_ID.test(value)) return false;
      const dot = value.indexOf('.');
      state[key] =
        dot < 0 ? currentId(value) : `${value.slice(0, dot)}.${currentId(value.slice(dot + 1))}`;
      return true;
    }
    default:
      if (!ID.test(value)) return false;
      state[key] = currentId(value);
      return true;
  }
}

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

export function formatView(view: View): string {
  // Same precision rule as MapLibre's hash: enough digits for the zoom level.
  const digits = Math.ceil((view.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
  return `${round(view.zoom, 2)}/${round(view.lat, digits)}/${round(view.lng, digits)}`;
}

export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.view) parts.push(`map=${formatView(state.view)}`);
  if (state.briefing) parts.push(`briefing=${state.briefing}`);
  if (state.region) parts.push(`region=${state.region}`);
  if (state.link) parts.push(`link=${state.link}`);
  if (state.step !== undefined) parts.push(`step=${state.step}`);
  if (state.overview) parts.push(`overview=${state.overview}`);
  if (state.kinds) parts.push(`kinds=${state.kinds.join(',')}`);
  if (state.lang && state.lang !== 'zh') parts.push(`lang=${state.lang}`);
  if (state.belt) parts.push('belt=1');
  return parts.length ? `#${parts.join('&')}` : '';
}
