import { describe, expect, it } from 'vitest';
import { sessionFromHash, stepFor, toNotesSchema } from './presenter-channel';
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
