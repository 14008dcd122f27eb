import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './url-hash';

describe('parseHash', () => {
  it('reads the view in the format of MapLibre’s named hash', () => {
    expect(parseHash('#map=4.5/31.23/121.47').state.view).toEqual({
      zoom: 4.5,
      lat: 31.23,
      lng: 121.47,
    });
  });

  it('reads the selection, language and presentation step', () => {
    const { state, rejected } = parseHash(
      '#map=5/30/114&region=middle-yangtze&link=hubei-hunan&lang=en&step=3',
    );
    expect(state).toMatchObject({
      region: 'middle-yangtze',
      link: 'hubei-hunan',
      lang: 'en',
      step: 3,
    });
    expect(rejected).toEqual([]);
  });

  it.each([
    ['#map=abc/1/2', 'map=abc/1/2'],
    ['#map=4/95/100', 'map=4/95/100'],
    ['#map=40/30/100', 'map=40/30/100'],
    ['#map=4/30', 'map=4/30'],
    ['#map=4/30/1e9', 'map=4/30/1e9'],
    ['#lang=fr', 'lang=fr'],
    ['#region=<script>', 'region=<script>'],
    ['#step=-1', 'step=-1'],
    ['#colour=red', 'colour=red'],
    ['#region=%E0%A4%A', 'region=%E0%A4%A'],
  ])('rejects the malformed %s and says what it dropped', (hash, reason) => {
    const { state, rejected } = parseHash(hash);
    expect(state).toEqual({});
    expect(rejected).toEqual([reason]);
  });

  it('reads the kind filter and the network overview', () => {
    const { state, rejected } = parseHash('#kinds=tech-finance,joint-events&overview=matrix');
    expect(state).toEqual({ kinds: ['tech-finance', 'joint-events'], overview: 'matrix' });
    expect(rejected).toEqual([]);
  });

  it('keeps an empty kind filter: every kind hidden', () => {
    expect(parseHash('#kinds=').state).toEqual({ kinds: [] });
  });

  it.each([
    ['#kinds=tech-finance,<b>', 'kinds=tech-finance,<b>'],
    ['#kinds=a,,b', 'kinds=a,,b'],
    ['#overview=all', 'overview=all'],
  ])('rejects the malformed %s', (hash, reason) => {
    const { state, rejected } = parseHash(hash);
    expect(state).toEqual({});
    expect(rejected).toEqual([reason]);
  });

  it('rejects a very long value but keeps the rest', () => {
    const { state, rejected } = parseHash(`#region=${'a'.repeat(5000)}&lang=en`);
    expect(state).toEqual({ lang: 'en' });
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.length).toBeLessThan(40);
  });
});

describe('formatHash', () => {
  it('writes what parseHash reads back', () => {
    const state = {
      view: { zoom: 4.25, lat: 31.23, lng: 121.47 },
      region: 'yangtze-delta',
      link: 'g60',
      lang: 'en' as const,
      step: 2,
      kinds: ['tech-finance', 'joint-events'],
      overview: 'links' as const,
    };
    expect(parseHash(formatHash(state)).state).toEqual(state);
  });

  it('leaves out the default language', () => {
    expect(formatHash({ lang: 'zh', region: 'jingjinji' })).toBe('#region=jingjinji');
  });

  it('writes an empty kind filter so that it survives a reload', () => {
    expect(formatHash({ kinds: [] })).toBe('#kinds=');
    expect(parseHash(formatHash({ kinds: [] })).state).toEqual({ kinds: [] });
  });
});
