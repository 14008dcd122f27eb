import { afterEach, describe, expect, it } from 'vitest';
import { appStore, createAppStore } from '../../store/store';
import {
  joinPresenterChannel,
  sessionFromHash,
  stepFor,
  toNotesSchema,
  type ToNotes,
} from './presenter-channel';
import { startPresenterBroadcast } from './presenter-window';
import { applyNav, navForKey } from './nav';

describe('the presenter channel', () => {
  it('ignores every malformed command', () => {
    for (const step of [-1, NaN, 'abc', 2.5, {}, null, undefined, Infinity, '3'])
      expect(stepFor({ type: 'go', step }, 4, 17), String(step)).toBeUndefined();
    for (const data of [{}, null, 'go', 42, [], { type: 'nav', nav: 'up' }, { type: 'jump' }])
      expect(stepFor(data, 4, 17), JSON.stringify(data)).toBeUndefined();
    expect(stepFor({ type: 'go', step: 3, extra: true }, 4, 17)).toBeUndefined();
  });

  it('clamps a step past the end to the last step', () => {
    expect(stepFor({ type: 'go', step: 9999 }, 4, 17)).toBe(16);
    expect(stepFor({ type: 'go', step: 1e9 }, 4, 17)).toBeUndefined();
    expect(stepFor({ type: 'go', step: 2 }, 4, 17)).toBe(2);
  });

  it('moves relative to where the main window is', () => {
    expect(stepFor({ type: 'nav', nav: 'next' }, 4, 17)).toBe(5);
    expect(stepFor({ type: 'nav', nav: 'previous' }, 0, 17)).toBe(0);
    expect(stepFor({ type: 'nav', nav: 'last' }, 4, 17)).toBe(16);
  });

  it('never starts a presentation in a window that is not presenting', () => {
    expect(stepFor({ type: 'nav', nav: 'next' }, null, 17)).toBeUndefined();
    expect(stepFor({ type: 'go', step: 0 }, null, 17)).toBeUndefined();
  });

  it('reads the session only from a well-formed #presenter= id', () => {
    expect(sessionFromHash('#presenter=0b6f8a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b')).toBe(
      '0b6f8a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    );
    for (const hash of ['', '#presenter=', '#presenter=ab', '#presenter=<script>xx', '#step=3'])
      expect(sessionFromHash(hash), hash).toBeNull();
  });

  it('takes only well-formed state in the notes window', () => {
    const ok = { type: 'state', step: 3, count: 17, lang: 'en' };
    expect(toNotesSchema.safeParse(ok).success).toBe(true);
    expect(toNotesSchema.safeParse({ ...ok, step: null }).success).toBe(true);
    for (const bad of [{ ...ok, step: -1 }, { ...ok, step: 2.5 }, { ...ok, lang: 'fr' }, {}])
      expect(toNotesSchema.safeParse(bad).success).toBe(false);
  });
});

describe('clicker keys', () => {
  it('map PageDown, →, Space forward and PageUp, ← back, Home and End to the ends', () => {
    expect(['PageDown', 'ArrowRight', ' '].map(navForKey)).toEqual(['next', 'next', 'next']);
    expect(['PageUp', 'ArrowLeft'].map(navForKey)).toEqual(['previous', 'previous']);
    expect([navForKey('Home'), navForKey('End'), navForKey('a')]).toEqual(['first', 'last', null]);
  });

  it('stay within the presentation', () => {
    expect(applyNav('next', 16, 17)).toBe(16);
    expect(applyNav('previous', 0, 17)).toBe(0);
    expect(applyNav('first', 9, 17)).toBe(0);
    expect(applyNav('last', 0, 17)).toBe(16);
  });
});

describe('the main window and its notes window', () => {
  const appState = appStore.getState();
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    // Each test had a store of its own: the app's was never written.
    expect(appStore.getState()).toBe(appState);
  });

  /** The notes window's end: what it has heard so far, and a way to wait for more. */
  function notesWindow(session: string) {
    const heard: Omit<ToNotes, 'type' | 'count'>[] = [];
    let wake = () => {};
    const notes = joinPresenterChannel(session, (step, lang) => {
      heard.push({ step, lang });
      wake();
    });
    stops.push(notes.close);
    const next = () => new Promise<void>((resolve) => (wake = resolve));
    return { notes, heard, next };
  }

  const presenting = (step: number | null) => {
    const store = createAppStore({ step });
    const session = `test-${crypto.randomUUID()}`;
    stops.push(startPresenterBroadcast(() => 17, store, session));
    return { store, session };
  };

  /** Messages cross a channel in a later task: wait until `done` holds. */
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(done()).toBe(true);
  };

  it('tells a notes window that says hello where the presentation is', async () => {
    const { session } = presenting(4);
    const { heard, next } = notesWindow(session);
    await next();
    expect(heard).toEqual([{ step: 4, lang: 'zh' }]);
  });

  it('follows the main window’s steps and language', async () => {
    const { store, session } = presenting(0);
    const { heard, next } = notesWindow(session);
    await next();
    store.getState().setStep(1);
    await next();
    store.getState().setLang('en');
    await next();
    expect(heard).toEqual([
      { step: 0, lang: 'zh' },
      { step: 1, lang: 'zh' },
      { step: 1, lang: 'en' },
    ]);
  });

  it('steps the main window from the notes window, within the presentation', async () => {
    const { store, session } = presenting(3);
    const { notes, next } = notesWindow(session);
    await next();
    notes.nav('next');
    await until(() => store.getState().step === 4);
    notes.go(9999);
    await until(() => store.getState().step === 16);
    notes.nav('first');
    await until(() => store.getState().step === 0);
  });

  it('hears only its own session, and never starts a presentation', async () => {
    const { store, session } = presenting(null);
    const other = presenting(2);
    const { notes, next } = notesWindow(session);
    await next();
    notes.go(5);
    notes.nav('last');
    // The other session's window was not told anything and did not move.
    const { notes: otherNotes, next: otherNext } = notesWindow(other.session);
    await otherNext();
    otherNotes.go(6);
    await until(() => other.store.getState().step === 6);
    expect(store.getState().step).toBeNull();
  });
});
