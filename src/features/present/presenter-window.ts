import type { StoreApi } from 'zustand/vanilla';
import { appStore, type AppStore } from '../../store/store';

export const CHANNEL_PREFIX = 'regional-innovation-map:presenter:';
/** More steps than any briefing will have: anything beyond is a forged message. */
export const MAX_STEP = 9999;

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
 * The main window tells its notes window where it is, and takes its commands. Every message
 * is checked (presenter-channel.ts, with zod) before it is obeyed; that code is fetched with
 * the first message, so the first view does not carry it. The store and session are the
 * app's own unless a test passes its own.
 */
export function startPresenterBroadcast(
  /** The number of steps, asked when a message needs it (the deck is derived on demand). */
  count: () => number,
  store: StoreApi<AppStore> = appStore,
  session: string = mainSession(),
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL_PREFIX + session);
  let messages: Promise<typeof import('./presenter-channel')> | null = null;
  const send = () => {
    const { step, lang } = store.getState();
    channel.postMessage({ type: 'state', step, count: count(), lang });
  };
  channel.onmessage = async (e: MessageEvent<unknown>) => {
    messages ??= import('./presenter-channel');
    let check: Awaited<typeof messages>;
    try {
      check = await messages;
    } catch {
      messages = null; // not loaded (offline, a new deploy): the next message tries again
      return;
    }
    if (check.isHello(e.data)) return send();
    const s = store.getState();
    const step = check.stepFor(e.data, s.step, count());
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
