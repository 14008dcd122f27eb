import { describe, expect, it } from 'vitest';
import type { Point } from '../../../arcs/arc-path';
import { loadBriefingDir } from '../../../data/node/load-briefing';
import { buildModel, type Model } from '../../../data/model';
import type { LngLat, Place } from '../../../data/schema';
import { realDir } from '../../../data/test-helpers';
import type { Arc } from '../../../arcs/arc-model';
import {
  markersToDraw,
  placeMarkers,
  placeNames,
  spreadDots,
  type PlaceMarker,
} from './draw-places';
import {
  boxesOverlap,
  LINE_EM,
  prepareWordBreaks,
  setLines,
  textWidth,
  visibility,
} from './visibility';

const model = buildModel(loadBriefingDir(realDir).bundle!);

const arc = (fromId: string, toId: string, active = true) => ({ fromId, toId, active }) as Arc;

describe('the places marked on the map', () => {
  it('are the places at the ends of the arcs shown, each once, and not regions', () => {
    const markers = placeMarkers(
      model,
      [arc('hubei', 'hunan'), arc('hubei', 'shanghai'), arc('middle-yangtze', 'yangtze-delta')],
      null,
      'zh',
    );
    expect(markers.map((m) => m.id).sort()).toEqual(['hubei', 'hunan', 'shanghai']);
    expect(markers.find((m) => m.id === 'shanghai')).toMatchObject({
      name: '上海',
      at: model.place('shanghai')!.coordinates,
      chosen: false,
    });
  });

  it('leave out the ends of arcs not active, and places with no spot on the map', () => {
    const markers = placeMarkers(
      model,
      [
        arc('hubei', 'hunan', false),
        arc('hong-kong', 'world'),
        arc('hubei', 'yangtze-economic-belt'),
      ],
      null,
      'en',
    );
    expect(markers.map((m) => m.id).sort()).toEqual(['hong-kong', 'hubei']);
  });

  it('leave out a place beyond the five regions, even one with coordinates', () => {
    const places: Record<string, Place> = {
      inside: {
        id: 'inside',
        region: 'south',
        coordinates: [113, 23],
        name: { zh: '内', en: 'In' },
      } as Place,
      abroad: {
        id: 'abroad',
        region: null,
        coordinates: [2.35, 48.86],
        name: { zh: '外', en: 'Out' },
      } as Place,
    };
    const small = { place: (id: string) => places[id] } as Model;
    expect(placeMarkers(small, [arc('inside', 'abroad')], null, 'zh').map((m) => m.id)).toEqual([
      'inside',
    ]);
  });

  it('include a place chosen in search, marked as chosen, in the reader’s language', () => {
    const [marker, ...rest] = placeMarkers(model, [], 'shenzhen', 'en');
    expect(rest).toEqual([]);
    expect(marker).toMatchObject({ id: 'shenzhen', name: 'Shenzhen', chosen: true, row: 0 });
  });

  it('stack the names of places at one spot', () => {
    const spots = new Map<string, string[]>();
    for (const p of model.bundle.places)
      if (p.coordinates && p.region) {
        const key = p.coordinates.join();
        spots.set(key, [...(spots.get(key) ?? []), p.id]);
      }
    const shared = [...spots.values()].find((ids) => ids.length > 1);
    expect(shared, 'two places of the briefing at one spot').toBeDefined();
    const markers = placeMarkers(model, [], null, 'zh');
    expect(markers).toEqual([]);
    const [a, b] = shared!;
    const stacked = placeMarkers(model, [arc(a!, b!)], null, 'zh');
    expect(stacked.map((m) => m.row)).toEqual([0, 1]);
  });
});

describe('where a place’s name goes', () => {
  const size = 13;
  const project = (p: LngLat): [number, number] => [p[0], p[1]];
  const open = visibility({ width: 800, height: 600 }, []);
  const marker = (id: string, at: LngLat, extra: Partial<PlaceMarker> = {}): PlaceMarker => ({
    id,
    at,
    name: '上海',
    row: 0,
    chosen: false,
    ...extra,
  });

  it('is right of its dot when there is room', () => {
    const spots = placeNames([marker('a', [400, 300])], project, open, size);
    expect(spots.get('a')).toMatchObject({ anchor: 'start', dx: 8 });
  });

  it('moves left, then below, then above when the map or another name is in the way', () => {
    // At the right edge: no room on the right.
    expect(placeNames([marker('a', [790, 300])], project, open, size).get('a')?.anchor).toBe('end');
    // Right and left taken by names already placed (region labels): below.
    const w = textWidth('上海', size);
    const taken = [
      { x0: 405, x1: 405 + w, y0: 290, y1: 300 },
      { x0: 395 - w, x1: 395, y0: 290, y1: 300 },
    ];
    expect(placeNames([marker('a', [400, 300])], project, open, size, taken).get('a')).toEqual({
      dx: 0,
      dy: 14,
      anchor: 'middle',
      lines: ['上海'],
      y: 14,
    });
    // And near the bottom edge, above.
    const low = placeNames([marker('a', [400, 585])], project, open, size, [
      { x0: 405, x1: 405 + w, y0: 581, y1: 595 },
      { x0: 395 - w, x1: 395, y0: 581, y1: 595 },
    ]);
    expect(low.get('a')).toEqual({ dx: 0, dy: -14, anchor: 'middle', lines: ['上海'], y: -14 });
  });

  it('goes to a corner when every side is taken (a dot moved apart from another)', () => {
    const w = textWidth('上海', size);
    // Names right and left of the dot, and dots just below and above it: a corner is free.
    const taken = [
      { x0: 405, x1: 405 + w, y0: 290, y1: 300 },
      { x0: 395 - w, x1: 395, y0: 290, y1: 300 },
    ];
    const spots = placeNames(
      [marker('a', [400, 300]), marker('b', [396, 318]), marker('c', [396, 282])],
      project,
      open,
      size,
      taken,
    );
    expect(spots.get('a')).toMatchObject({ dx: 6, dy: 12, anchor: 'start' });
  });

  it('of a long name is set on lines of at most 170 px, centred beside its dot, and stacks the next name below them', () => {
    const long = 'Shanghai Disruptive Technology Innovation Center';
    const spots = placeNames(
      [
        marker('centre', [400, 300], { name: long }),
        marker('city', [400, 300], { name: 'Shanghai', row: 1 }),
      ],
      project,
      open,
      size,
    );
    const centre = spots.get('centre')!;
    expect(centre.lines.length).toBeGreaterThanOrEqual(2);
    expect(centre.lines.join('')).toBe(long);
    for (const line of centre.lines)
      expect(textWidth(line.trimEnd(), size)).toBeLessThanOrEqual(170);
    // The lines centred on the dot: the first (n - 1) / 2 lines above it.
    const n = centre.lines.length;
    expect(centre).toMatchObject({ anchor: 'start', y: -((n - 1) * LINE_EM * size) / 2 });
    // The stacked name starts below the last line, not on it.
    expect(spots.get('city')!.y).toBeGreaterThan(centre.y + (n - 1) * LINE_EM * size + size / 2);
    // A short one stays on one line.
    expect(
      placeNames([marker('a', [400, 300], { name: 'Hefei' })], project, open, size).get('a')?.lines,
    ).toEqual(['Hefei']);
  });

  it('of the longest names takes three lines, each about as wide', () => {
    const { lines } = setLines(
      'Beijing–Tianjin–Hebei National Technology Innovation Center',
      (t) => textWidth(t, 13),
      13,
      150,
    );
    expect(lines).toEqual(['Beijing–Tianjin–Hebei ', 'National Technology ', 'Innovation Center']);
    expect(setLines('上海颠覆性技术创新中心', (t) => textWidth(t, 13), 13, 150).lines).toEqual([
      '上海颠覆性技术创新中心',
    ]);
    // Set narrower, a Chinese name breaks between its words, not inside one (技术): once
    // the page is idle after the first view (making the segmenter costs 12–40 ms).
    const narrow = () => setLines('京津冀国家技术创新中心', (t) => textWidth(t, 13), 13, 100).lines;
    expect(narrow()).toEqual(['京津冀国家技术创新中心']);
    prepareWordBreaks();
    expect(narrow()).toEqual(['京津冀国家', '技术创新中心']);
  });

  it('of a long name takes the room of both lines: a name just below it goes elsewhere', () => {
    const long = 'Shanghai Disruptive Technology Innovation Center';
    const one = placeNames([marker('a', [400, 300], { name: long })], project, open, size);
    const w = textWidth('Technology Innovation Center', size);
    // A box over where only the second line lies.
    const second = { x0: 410, x1: 410 + w, y0: 306, y1: 312 };
    const moved = placeNames([marker('a', [400, 300], { name: long })], project, open, size, [
      second,
    ]);
    expect(one.get('a')?.anchor).toBe('start');
    expect(moved.get('a')?.anchor).not.toBe('start');
  });

  it('never covers another name: two close places get different sides', () => {
    const spots = placeNames(
      [marker('a', [400, 300]), marker('b', [402, 301])],
      project,
      open,
      size,
    );
    expect(spots.get('a')).not.toBeNull();
    expect(spots.get('b')).not.toBeNull();
    expect(spots.get('b')?.anchor).not.toBe(spots.get('a')?.anchor);
  });

  it('keeps off another place’s dot, and is left out rather than lie on one', () => {
    // b's dot lies where a's name would go on the right: a's name goes left.
    const spots = placeNames(
      [marker('a', [400, 300]), marker('b', [420, 300])],
      project,
      open,
      size,
    );
    expect(spots.get('a')?.anchor).toBe('end');
    // With left, below and above taken as well, only the right is left: on b's dot.
    const w = textWidth('上海', size);
    const taken = [
      { x0: 395 - w, x1: 395, y0: 290, y1: 310 },
      { x0: 380, x1: 420, y0: 311, y1: 325 },
      { x0: 380, x1: 420, y0: 270, y1: 289 },
    ];
    const alone = placeNames([marker('a', [400, 300])], project, open, size, taken);
    const both = placeNames(
      [marker('a', [400, 300]), marker('b', [420, 300], { name: 'X' })],
      project,
      open,
      size,
      taken,
    );
    expect(alone.get('a')?.anchor).toBe('start');
    expect(both.get('a')).toBeNull();
  });

  it('is left out when there is no free spot, and the chosen place is placed first', () => {
    const crowd = [0, 1, 2, 3, 4].map((i) => marker(`p${i}`, [400 + i, 300]));
    const spots = placeNames(
      [...crowd, marker('chosen', [402, 300], { chosen: true })],
      project,
      open,
      size,
    );
    // Placed first, where neither the crowd's names nor their dots are (below them).
    expect(spots.get('chosen')).toMatchObject({ anchor: 'middle', dy: 14 });
    expect([...spots.values()].filter((s) => s === null).length).toBeGreaterThan(0);
  });

  it('stays out from under what covers the map', () => {
    const panel = visibility({ width: 800, height: 600 }, [{ x0: 420, y0: 0, x1: 800, y1: 600 }]);
    expect(placeNames([marker('a', [400, 300])], project, panel, size).get('a')?.anchor).toBe(
      'end',
    );
  });

  it('of a stacked place sits beside its dot when the name above it found no room', () => {
    const at: LngLat = [400, 300];
    const long = 'Shanghai Disruptive Technology Innovation Center';
    // Room beside the dot for one line only: the long name (three lines) is left out, and
    // the next name takes its row, level with the dot, not three lines lower.
    const taken = [
      { x0: 300, x1: 500, y0: 311, y1: 340 },
      { x0: 300, x1: 500, y0: 255, y1: 289 },
      { x0: 150, x1: 392, y0: 280, y1: 320 },
    ];
    const spots = placeNames(
      [marker('centre', at, { name: long }), marker('city', at, { name: 'Shanghai', row: 1 })],
      project,
      open,
      size,
      taken,
    );
    expect(spots.get('centre')).toBeNull();
    expect(spots.get('city')).toMatchObject({ anchor: 'start', y: 0 });
  });

  it('moves a name off a link’s line where a spot beside its dot is clear of it', () => {
    // At 1024 the link from 京津冀 to Guangzhou had run through 京津冀国家技术创新中心.
    const across: Point[] = [
      [430, 250],
      [430, 350],
    ];
    const moved = placeNames([marker('a', [400, 300])], project, open, size, [], {
      links: [across],
    });
    expect(moved.get('a')?.anchor).toBe('end');
    // Its own link, drawn from its dot, is no reason to move where it only leaves the dot…
    const own: Point[] = [
      [400, 300],
      [401, 292],
      [420, 200],
    ];
    const kept = placeNames([marker('a', [400, 300])], project, open, size, [], { links: [own] });
    expect(kept.get('a')?.anchor).toBe('start');
    // …but it is where it runs on across the name (京津冀's to Guangzhou, down through its name).
    const down: Point[] = [
      [400, 300],
      [420, 305],
      [440, 400],
    ];
    const off = placeNames([marker('a', [400, 300])], project, open, size, [], { links: [down] });
    expect(off.get('a')?.anchor).not.toBe('start');
    // With no spot clear of lines, it is placed as before rather than hidden.
    const box: Point[][] = [-60, -20, 0, 20, 60].map((dy) => [
      [300, 300 + dy],
      [500, 300 + dy],
    ]);
    expect(
      placeNames([marker('a', [400, 300])], project, open, size, [], { links: box }).get('a'),
    ).toMatchObject({ anchor: 'start' });
  });

  it('sets a long name on two lines where that keeps it off every link’s line', () => {
    // At 1024, in the deck's first step, the links from 京津冀's centre ran through its
    // name at every spot beside the dot: one line right of it (x = 520), one left (x =
    // 280), one across below and above it (x = 340).
    prepareWordBreaks();
    const name = '京津冀国家技术创新中心';
    const links: Point[][] = [
      [
        [520, 0],
        [520, 600],
      ],
      [
        [280, 0],
        [280, 600],
      ],
      [
        [340, 270],
        [340, 330],
      ],
    ];
    const placed = placeNames([marker('a', [400, 300], { name })], project, open, size, [], {
      links,
    }).get('a');
    expect(placed).toMatchObject({ anchor: 'start', lines: ['京津冀国家', '技术创新中心'] });
    // With a spot on one line clear (no line right of the dot), it stays on one line.
    const one = placeNames([marker('a', [400, 300], { name })], project, open, size, [], {
      links: links.slice(1),
    }).get('a');
    expect(one).toMatchObject({ anchor: 'start', lines: [name] });
  });

  it('where lines cross its name at every spot, takes the spot the fewest cross', () => {
    // At 1024 in the deck's first step both links from 京津冀's centre had run through its
    // name below the dot, where beside it only one would have. Here two lines run right of
    // the dot (x = 420, 425), one left (x = 380), one below it and one above it.
    const vertical = (x: number): Point[] => [
      [x, 200],
      [x, 400],
    ];
    const links: Point[][] = [
      vertical(420),
      vertical(425),
      vertical(380),
      [
        [380, 314],
        [415, 314],
      ],
      [
        [385, 286],
        [415, 286],
      ],
    ];
    const placed = placeNames([marker('a', [400, 300])], project, open, size, [], { links });
    expect(placed.get('a')).toMatchObject({ anchor: 'end', dx: -8 });
  });

  it('keeps off a corridor’s stops as off places’ dots', () => {
    const spots = placeNames([marker('a', [400, 300])], project, open, size, [], {
      stops: [[420, 300]],
    });
    expect(spots.get('a')?.anchor).toBe('end');
  });

  it('of places at one spot are stacked on the right, each on its own row', () => {
    const at: LngLat = [400, 300];
    const spots = placeNames(
      [marker('a', at), marker('b', at, { row: 1 }), marker('c', at, { row: 2 })],
      project,
      open,
      size,
    );
    expect([...spots.values()].map((s) => s?.anchor)).toEqual(['start', 'start', 'start']);
  });

  it('of fifty places at one spot: one dot and the names that fit are drawn, nothing else', () => {
    const at: LngLat = [400, 300];
    const markers = Array.from({ length: 50 }, (_, row) => marker(`p${row}`, at, { row }));
    // The map is 400 px high below the spot: room for about twenty rows of names.
    const spots = placeNames(markers, project, visibility({ width: 800, height: 700 }, []), size);
    const drawn = markersToDraw(markers, spots, project);
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(50);
    expect(drawn.every((m) => spots.get(m.id))).toBe(true);
    expect(drawn.filter((m) => m.row === 0)).toHaveLength(1);
  });

  it('of places with no room for their names: one dot per spot on screen is drawn', () => {
    // c is a pixel from a (its dot would cover a's), d apart.
    const spots = new Map<string, null>([
      ['a', null],
      ['b', null],
      ['c', null],
      ['d', null],
    ]);
    const drawn = markersToDraw(
      [
        marker('a', [1, 1]),
        marker('b', [1, 1], { row: 1 }),
        marker('c', [2, 1]),
        marker('d', [40, 1]),
      ],
      spots,
      project,
    );
    expect(drawn.map((m) => m.id)).toEqual(['a', 'd']);
  });

  it('of a stacked place goes only to the right: below the names there, else above them', () => {
    // The second row's spot below the first name is taken: it goes above it (at 1920 in
    // the deck's first step 上海 had been left out under 上海颠覆性 / 技术创新中心).
    const w = textWidth('上海', size);
    const at: LngLat = [400, 300];
    const below = { x0: 405, x1: 405 + w, y0: 310, y1: 330 };
    const spots = placeNames([marker('a', at), marker('b', at, { row: 1 })], project, open, size, [
      below,
    ]);
    expect(spots.get('a')?.anchor).toBe('start');
    expect(spots.get('a')!.y).toBeCloseTo(0);
    expect(spots.get('b')?.anchor).toBe('start');
    expect(spots.get('b')!.y).toBeLessThan(-size);
    // Above taken too: it may not go left or below the dot instead.
    const above = { x0: 405, x1: 405 + w, y0: 270, y1: 290 };
    const none = placeNames([marker('a', at), marker('b', at, { row: 1 })], project, open, size, [
      below,
      above,
    ]);
    expect(none.get('a')?.anchor).toBe('start');
    expect(none.get('b')).toBeNull();
  });
});

describe('what a person can see of the map', () => {
  const vis = visibility({ width: 800, height: 600 }, [{ x0: 500, y0: 0, x1: 800, y1: 600 }]);

  it('is the map less its edges and what covers it', () => {
    expect(vis.visible([100, 100])).toBe(true);
    expect(vis.visible([0, 100])).toBe(false);
    expect(vis.visible([100, 600])).toBe(false);
    expect(vis.visible([499.5, 100])).toBe(false);
    expect(vis.visible([600, 100])).toBe(false);
  });

  it('takes a box only if all of it, and a margin, is clear', () => {
    expect(vis.fits([100, 100], 40, 20)).toBe(true);
    expect(vis.fits([20, 100], 40, 20)).toBe(false);
    expect(vis.fits([470, 100], 40, 20)).toBe(true);
    // Within 8 px of the panel's edge: not clear.
    expect(vis.fits([480, 100], 40, 20)).toBe(false);
  });

  it('measures Chinese characters square and Latin ones about half as wide', () => {
    expect(textWidth('上海', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBe(12);
    expect(textWidth('上海 Shanghai', 10)).toBeCloseTo(20 + 9 * 6);
  });

  it('counts boxes that touch within the gap as overlapping', () => {
    const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(boxesOverlap(a, { x0: 12, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(boxesOverlap(a, { x0: 12, y0: 0, x1: 20, y1: 10 }, 3)).toBe(true);
    expect(boxesOverlap(a, { x0: 5, y0: 5, x1: 20, y1: 20 })).toBe(true);
  });
});

describe('spreadDots: dots that would lie on each other are drawn apart', () => {
  // Projected as given: [lng, lat] are already pixels.
  const project = (p: LngLat): [number, number] => [p[0], p[1]];

  it('moves two dots 4 px apart until they are 12 px apart, each half the way', () => {
    const moved = spreadDots(
      [
        [100, 100],
        [103, 104],
        [300, 300],
      ],
      project,
    );
    const a = moved.get('100,100')!;
    const b = moved.get('103,104')!;
    expect(Math.hypot(b[0] - a[0], b[1] - a[1])).toBeCloseTo(12);
    // Along the line between them, around their middle.
    expect((a[0] + b[0]) / 2).toBeCloseTo(101.5);
    expect((a[1] + b[1]) / 2).toBeCloseTo(102);
    expect(moved.has('300,300')).toBe(false);
  });

  it('leaves places at one spot (stacked) and dots far apart where they are', () => {
    expect(
      spreadDots(
        [
          [100, 100],
          [100, 100],
          [200, 100],
        ],
        project,
      ).size,
    ).toBe(0);
  });

  it('moves nothing where the spots are too many (several briefings)', () => {
    const many = Array.from({ length: 61 }, (_, i) => [i * 2, 0] as LngLat);
    expect(spreadDots(many, project).size).toBe(0);
  });
});
