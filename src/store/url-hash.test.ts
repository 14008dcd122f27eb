import { describe, expect, it } from 'vitest';
import { currentId, formatHash, parseHash, rejectedNotice } from './url-hash';

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
    ['#belt=yes', 'belt=yes'],
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

describe('renamed ids', () => {
  it('opens an old link to a G60 spoke on the one G60 corridor that replaced it', () => {
    const { state, rejected } = parseHash('#region=yangtze-delta&link=g60-songjiang-hefei');
    expect(state).toEqual({ region: 'yangtze-delta', link: 'g60-corridor-cities' });
    expect(rejected).toEqual([]);
  });

  it('maps the misread id wang-qixiang, and ids built on it, to wang-jixiang', () => {
    expect(currentId('wang-qixiang')).toBe('wang-jixiang');
    expect(currentId('wang-qixiang-core-without-borders')).toBe(
      'wang-jixiang-core-without-borders',
    );
    expect(parseHash('#link=wang-qixiang').state.link).toBe('wang-jixiang');
  });

  it('maps the joint-events links to their new ids, which start from Hubei', () => {
    expect(parseHash('#link=middle-yangtze-shanghai-joint-events').state.link).toBe(
      'hubei-shanghai-joint-events',
    );
  });

  it('leaves every other id as it is', () => {
    expect(currentId('jingjinji')).toBe('jingjinji');
    expect(currentId('wang-jixiang')).toBe('wang-jixiang');
    expect(parseHash('#region=middle-yangtze').state.region).toBe('middle-yangtze');
  });

  it('rewrites the old id in the hash it formats back', () => {
    expect(formatHash(parseHash('#link=g60-songjiang-jiaxing&lang=en').state)).toBe(
      '#link=g60-corridor-cities&lang=en',
    );
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
      belt: true,
      kinds: ['tech-finance', 'joint-events'],
      overview: 'links' as const,
    };
    expect(parseHash(formatHash(state)).state).toEqual(state);
  });

  it('writes the 长江经济带 outline only when it is on', () => {
    expect(formatHash({ belt: true })).toBe('#belt=1');
    expect(formatHash({ belt: false })).toBe('');
    expect(parseHash('#belt=0').state).toEqual({ belt: false });
  });

  it('leaves out the default language', () => {
    expect(formatHash({ lang: 'zh', region: 'jingjinji' })).toBe('#region=jingjinji');
  });

  it('writes an empty kind filter so that it survives a reload', () => {
    expect(formatHash({ kinds: [] })).toBe('#kinds=');
    expect(parseHash(formatHash({ kinds: [] })).state).toEqual({ kinds: [] });
  });
});

describe('what a notice echoes from the URL', () => {
  it('has no bidirectional or control characters', () => {
    const hash = `#region=${encodeURIComponent('\u202Eevil\u2066x\u200F')}&k\u202Dey=1`;
    const { rejected } = parseHash(hash);
    expect(rejected).toEqual(['region=evilx', 'key=1']);
    for (const r of rejected) expect(r).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('rejectedNotice', () => {
  it('lists a few rejected parts as they are', () => {
    expect(rejectedNotice(['a=1', 'b=2']).en).toBe(
      'Ignored what the link had that this map does not know: a=1, b=2',
    );
  });

  it('summarises thousands of unknown keys in one short line', () => {
    const hash = `#${Array.from({ length: 2500 }, (_, i) => `k${i}=v`).join('&')}`;
    const notice = rejectedNotice(parseHash(hash).rejected);
    expect(notice.en).toBe('2,500 unknown keys ignored (e.g. k0=v, k1=v, k2=v)');
    expect(notice.zh).toBe('已忽略 2,500 个未知参数（如 k0=v，k1=v，k2=v）');
  });
});

describe('all briefings', () => {
  it('reads briefing=all and a link namespaced by its briefing, renamed ids included', () => {
    const { state, rejected } = parseHash(
      '#briefing=all&link=pujiang-2023-07.g60-songjiang-hefei&region=yangtze-delta',
    );
    expect(rejected).toEqual([]);
    expect(state).toEqual({
      briefing: 'all',
      link: 'pujiang-2023-07.g60-corridor-cities',
      region: 'yangtze-delta',
    });
    expect(formatHash(state)).toBe(
      '#briefing=all&region=yangtze-delta&link=pujiang-2023-07.g60-corridor-cities',
    );
  });

  it('rejects two namespaces, an empty part and a namespaced briefing', () => {
    const { state, rejected } = parseHash('#link=a.b.c&region=.x&briefing=a.b');
    expect(state).toEqual({});
    expect(rejected).toEqual(['link=a.b.c', 'region=.x', 'briefing=a.b']);
  });
});
