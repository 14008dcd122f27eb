// The presenter channel's messages, checked with zod: loaded by the notes window, and by the
// main window only when a message arrives (presenter-window.ts), not with the first view.
import { z } from 'zod';
import type { Lang } from '../../store/url-hash';
import { applyNav, NAVS, type Nav } from './nav';
import { CHANNEL_PREFIX, MAX_STEP } from './presenter-window';

const navSchema = z.enum(NAVS);

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
export function isHello(data: unknown): boolean {
  return toMainSchema.safeParse(data).data?.type === 'hello';
}

export function stepFor(data: unknown, current: number | null, count: number): number | undefined {
  const parsed = toMainSchema.safeParse(data);
  if (!parsed.success || current === null || count < 1) return undefined;
  const msg = parsed.data;
  if (msg.type === 'go') return Math.min(msg.step, count - 1);
  if (msg.type === 'nav') return applyNav(msg.nav, current, count);
  return undefined;
}

/** The session named in a notes window's address (`#presenter=<id>`), if well formed. */
export function sessionFromHash(hash: string): string | null {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('presenter');
  const parsed = sessionId.safeParse(id);
  return parsed.success ? parsed.data : null;
}

/** The notes window's end: follows the main window of its session and can step it. */
export function joinPresenterChannel(
  session: string,
  onState: (step: number | null, lang: Lang) => void,
) {
  const channel = new BroadcastChannel(CHANNEL_PREFIX + session);
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
