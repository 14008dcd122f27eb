import { z } from 'zod';
import type { StoreApi } from 'zustand/vanilla';
import { appStore, type AppStore } from '../../store/store';
import type { Lang } from '../../store/url-hash';
import { applyNav, navSchema, type Nav } from './nav';

const PREFIX = 'regional-innovation-map:presenter:';
/** More steps than any briefing will have: anything beyond is a forged message. */
const MAX_STEP = 9999;

const stepIndex = z.number().int().min(0).max(MAX_STEP);
const sessionId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/** What the main window tells the notes window. */
export const toNotesSchema = z.strictObject({
  type: z.literal('state'),
  step: stepIndex.nullable(),
  count: z.number().int().min(1).max(MAX_STEP),
  lang: z.enum(['zh', 'en']),
});
/** What the notes window asks of the main window. */
export const toMainSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello') }),
  z.strictObject({ type: z.literal('go'), step: stepIndex }),
  z.strictObject({ type: z.literal('nav'), nav: navSchema }),
]);
export type ToNotes = z.infer<typeof toNotesSchema>;
export type ToMain = z.infer<typeof toMainSchema>;

/**
 * The step the main window goes to for a message, or `undefined` to ignore it: a message
 * that fails validation, or any command while this window is not presenting (the notes
 * window never starts a presentation, so it cannot push another tab into one).
 */
export function stepFor(data: unknown, current: number | null, count: number): number | undefined {
  const parsed = toMainSchema.safeParse(data);
  if (!parsed.success || current === null || count < 1) return undefined;
  const msg = parsed.data;
  if (msg.type === 'go') return Math.min(msg.step, count - 1);
  if (msg.type === 'nav') return applyNav(msg.nav, current, count);
  return undefined;
}

function newSessionId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16)).join('');
}

/** One session per main window: its notes window, and nothing else, shares the channel. */
let session: string | null = null;
function mainSession(): string {
  session ??= newSessionId();
  return session;
}

/** The session named in a notes window's address (`#presenter=<id>`), if well formed. */
export function sessionFromHash(hash: string): string | null {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('presenter');
  const parsed = sessionId.safeParse(id);
  return parsed.success ? parsed.data : null;
}

export function openPresenterWindow(): void {
  const url = new URL(location.href);
  url.searchParams.set('view', 'presenter');
  url.hash = `presenter=${mainSession()}`;
  window.open(
    url.toString(),
    `regional-innovation-map-presenter-${mainSession()}`,
    'width=1000,height=760',
  );
}

export function isPresenterWindow(): boolean {
  return new URLSearchParams(location.search).get('view') === 'presenter';
}

/**
 * The main window tells its notes window where it is, and takes its commands. The store
 * and session are the app's own unless a test passes its own.
 */
export function startPresenterBroadcast(
  count: number,
  store: StoreApi<AppStore> = appStore,
  session: string = mainSession(),
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(PREFIX + session);
  const send = () => {
    const { step, lang } = store.getState();
    channel.postMessage({ type: 'state', step, count, lang } satisfies ToNotes);
  };
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const s = store.getState();
    if (toMainSchema.safeParse(e.data).data?.type === 'hello') return send();
    const step = stepFor(e.data, s.step, count);
    if (step !== undefined && (step !== s.step || s.exploring)) s.setStep(step);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.step !== prev.step || s.lang !== prev.lang) send();
  });
  return () => {
    unsubscribe();
    channel.close();
  };
}

/** The notes window's end: follows the main window of its session and can step it. */
export function joinPresenterChannel(
  session: string,
  onState: (step: number | null, lang: Lang) => void,
) {
  const channel = new BroadcastChannel(PREFIX + session);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const parsed = toNotesSchema.safeParse(e.data);
    if (parsed.success) onState(parsed.data.step, parsed.data.lang);
  };
  channel.postMessage({ type: 'hello' } satisfies ToMain);
  return {
    go: (step: number) => channel.postMessage({ type: 'go', step } satisfies ToMain),
    nav: (nav: Nav) => channel.postMessage({ type: 'nav', nav } satisfies ToMain),
    close: () => channel.close(),
  };
}
