import { appStore } from '../../store/store';
import type { Lang } from '../../store/url-hash';

const CHANNEL = 'regional-innovation-map:presenter';

export type PresenterMessage =
  | { type: 'state'; step: number | null; lang: Lang }
  | { type: 'hello' }
  | { type: 'go'; step: number };

export function openPresenterWindow(): void {
  const url = new URL(location.href);
  url.searchParams.set('view', 'presenter');
  window.open(url.toString(), 'regional-innovation-map-presenter', 'width=900,height=700');
}

export function isPresenterWindow(): boolean {
  return new URLSearchParams(location.search).get('view') === 'presenter';
}

/** The main window tells the presenter window where it is, and takes its next/previous. */
export function startPresenterBroadcast(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  const send = () => {
    const { step, lang } = appStore.getState();
    channel.postMessage({ type: 'state', step, lang } satisfies PresenterMessage);
  };
  channel.onmessage = (e: MessageEvent<PresenterMessage>) => {
    if (e.data.type === 'hello') send();
    if (e.data.type === 'go') appStore.getState().setStep(e.data.step);
  };
  const unsubscribe = appStore.subscribe((s, prev) => {
    if (s.step !== prev.step || s.lang !== prev.lang) send();
  });
  return () => {
    unsubscribe();
    channel.close();
  };
}

/** The presenter window's end: follows the main window and can step it. */
export function joinPresenterChannel(onState: (step: number | null, lang: Lang) => void) {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<PresenterMessage>) => {
    if (e.data.type === 'state') onState(e.data.step, e.data.lang);
  };
  channel.postMessage({ type: 'hello' } satisfies PresenterMessage);
  return {
    go: (step: number) => channel.postMessage({ type: 'go', step } satisfies PresenterMessage),
    close: () => channel.close(),
  };
}
