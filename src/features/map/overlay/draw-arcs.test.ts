import { describe, expect, it } from 'vitest';
import type { Arc } from '../../../arcs/arc-model';
import type { LngLat } from '../../../data/schema';
import {
  arcLines,
  chipLines,
  placeArcs,
  placeCounts,
  unstackedChips,
  type Placed,
} from './draw-arcs';
import { CANVAS_FROM } from './paint-arcs';
import { textWidth, visibility } from './visibility';

const MAP = { width: 800, height: 600 };

const placed = (id: string, at: [number, number] | null, selected = false): Placed => ({
  arc: { id, selected } as Arc,
  a: [0, 0],
  c: [0, 0],
  b: [0, 0],
  t: 1,
  reversed: false,
  chip: at && { at, text: id, lines: [id], width: 80, height: 22 },
});

describe('unstackedChips', () => {
  it('keeps one chip of those drawn on the same spot, and every chip apart', () => {
    const all = [
      placed('a', [100, 100]),
      placed('b', [110, 104]), // on a
      placed('c', [100, 200]), // apart
      placed('d', null), // no hidden end
      placed('e', [181, 100]), // beside a, not on it
    ];
    expect([...unstackedChips(all)].map((d) => d.arc.id)).toEqual(['a', 'c', 'e']);
  });

  it('keeps the chosen link’s chip, whatever comes before it', () => {
    const all = [placed('a', [100, 100]), placed('b', [105, 100], true)];
    expect([...unstackedChips(all)].map((d) => d.arc.id)).toEqual(['b']);
  });
});

describe('placeArcs', () => {
  // Projected as given: [lng, lat] are already pixels of an 800 × 600 map.
  const project = (p: LngLat): [number, number] => [p[0], p[1]];
  const far = (id: string, toName: string): Arc =>
    ({
      id,
      from: [400, 300],
      to: [1400, 300],
      toName,
      fromName: 'here',
      directed: false,
      bend: 0,
      far: null,
      selected: false,
    }) as unknown as Arc;
  const name = 'Yangtze River Economic Belt';

  it('puts a chip where a link leaves the map, and gives its box (less the gap names keep) for the names to keep clear of', () => {
    const { placed, boxes } = placeArcs([far('a', name)], project, visibility(MAP, []), 800);
    const chip = placed[0]!.chip!;
    expect(chip.text).toBe(`↔ ${name}`);
    expect(chip.at[0]).toBeGreaterThan(600);
    expect(chip.at[0] + chip.width / 2).toBeLessThanOrEqual(800);
    expect(boxes).toEqual([
      {
        x0: chip.at[0] - chip.width / 2 + 3,
        x1: chip.at[0] + chip.width / 2 - 3,
        y0: chip.at[1] - chip.height / 2 + 3,
        y1: chip.at[1] + chip.height / 2 - 3,
      },
    ]);
  });

  it('runs a link under a box that covers the map to where it leaves the map, if it shows again past it', () => {
    // A legend across the line's middle, with map on both sides of it.
    const legend = { x0: 500, y0: 200, x1: 560, y1: 400 };
    const { placed } = placeArcs([far('a', 'Africa')], project, visibility(MAP, [legend]), 800);
    const chip = placed[0]!.chip!;
    expect(chip.at[0]).toBeGreaterThan(560);
    expect(chip.at[0] + chip.width / 2).toBeLessThanOrEqual(800);
    // One that covers the rest of the line keeps the chip before it.
    const panel = { x0: 500, y0: 0, x1: 800, y1: 600 };
    const before = placeArcs([far('a', 'Africa')], project, visibility(MAP, [panel]), 800);
    expect(before.placed[0]!.chip!.at[0]).toBeLessThan(500);
  });

  it('puts the chip of a far end a long way off at the map’s edge, not a step of the curve short of it', () => {
    // 19,600 px long: a 64th of the curve is about 300 px.
    const distant = { ...far('a', 'Africa'), to: [20000, 300] } as Arc;
    const { placed } = placeArcs([distant], project, visibility(MAP, []), 800);
    const chip = placed[0]!.chip!;
    // Chips keep 8 px in from the map's sides (visibility.ts): that far, and little more.
    const gap = 800 - (chip.at[0] + chip.width / 2);
    expect(gap).toBeGreaterThanOrEqual(8);
    expect(gap).toBeLessThan(12);
  });

  it('slides a long chip along its row to where the link leaves the map, not back beside the other end', () => {
    // The links table covers the map's right from x = 600; the link runs down into it.
    const table = { x0: 600, y0: 0, x1: 800, y1: 600 };
    const link = {
      ...far('a', 'Shanghai Disruptive Technology Innovation Center'),
      from: [520, 150],
      to: [700, 420],
    } as Arc;
    const { placed } = placeArcs([link], project, visibility(MAP, [table]), 800);
    const chip = placed[0]!.chip!;
    const right = chip.at[0] + chip.width / 2;
    // Its right end at the table's edge (less the 8 px names and chips keep), on the line's
    // row there: centred it fitted nowhere on the line, and had been put left of x = 520.
    expect(chip.width).toBeGreaterThan(160);
    expect(right).toBeLessThanOrEqual(600);
    expect(right).toBeGreaterThan(580);
    expect(chip.at[1]).toBeGreaterThan(200);
  });

  it('keeps a short name on one line, and shortens only a name too long for two', () => {
    expect(chipLines('↔ Africa', 130)).toEqual(['↔ Africa']);
    // Chinese breaks between characters, as evenly as it can.
    expect(chipLines('→ 广州颠覆性技术创新中心', 100)).toEqual(['→ 广州颠覆性', '技术创新中心']);
    const long = chipLines('↔ A very long name of a far end that two lines cannot hold', 100);
    expect(long).toHaveLength(2);
    expect(long[1]).toMatch(/…$/);
    for (const line of long) expect(textWidth(line.trimEnd(), 12)).toBeLessThanOrEqual(100);
  });

  it('sets a chip’s name on two lines where the free map is wide, each within a third of it', () => {
    // Beside the links table at 1280 px '↔ Yangtze River Economi…' had been cut short.
    const { placed } = placeArcs([far('a', name)], project, visibility(MAP, []), 500);
    const chip = placed[0]!.chip!;
    expect(chip.text).toBe(`↔ ${name}`);
    expect(chip.lines).toEqual(['↔ Yangtze River ', 'Economic Belt']);
    for (const line of chip.lines) expect(textWidth(line.trimEnd(), 12)).toBeLessThanOrEqual(167);
    expect(chip.height).toBeGreaterThan(30);
  });

  it('shortens a chip’s name to one line of a third of a narrow map', () => {
    const { placed } = placeArcs([far('a', name)], project, visibility(MAP, []), 390);
    const chip = placed[0]!.chip!;
    expect(chip.lines).toHaveLength(1);
    expect(chip.text).toMatch(/^↔ Yangtze River .*…$/);
    expect(textWidth(chip.text.slice(2), 12)).toBeLessThanOrEqual(130);
    expect(chip.height).toBe(22);
  });

  it('gives no box for a chip the chosen link leaves out', () => {
    const chosen = { ...far('b', 'there'), selected: true, to: [500, 300] } as Arc;
    const { boxes } = placeArcs([far('a', name), chosen], project, visibility(MAP, []), 800);
    expect(boxes).toEqual([]);
  });
});

describe('arcLines: the lines the region names keep clear of', () => {
  const project = (p: LngLat): [number, number] => [p[0], p[1]];
  const curve: Placed = { ...placed('a', null), a: [0, 0], c: [100, 100], b: [200, 0], t: 0.5 };

  it('follows each curve as far as it is drawn, and each corridor through its stops', () => {
    const corridor = {
      id: 'g60',
      path: [
        [10, 10],
        [20, 30],
        [40, 30],
      ],
    } as unknown as Arc;
    const [line, stops] = arcLines([curve.arc, corridor], [curve], project);
    expect(line![0]).toEqual([0, 0]);
    // Cut at t = ½: it ends at the curve's middle, (a + 2c + b) / 4.
    expect(line!.at(-1)).toEqual([100, 50]);
    expect(line!.length).toBeGreaterThan(8);
    expect(stops).toEqual([
      [10, 10],
      [20, 30],
      [40, 30],
    ]);
  });

  it('gives none where the links are too many for any name to keep clear of', () => {
    const many = Array.from({ length: CANVAS_FROM }, (_, i) => ({ id: `l${i}` }) as Arc);
    expect(arcLines(many, [curve], project)).toEqual([]);
  });
});

describe('placeCounts: the overview’s counts, clear of the names', () => {
  // A straight line from (0, 100) to (400, 100): its middle is (200, 100).
  const line = (id: string, pairCount: number | undefined): Placed => ({
    ...placed(id, null),
    arc: { id, pairCount } as Arc,
    a: [0, 100],
    c: [200, 100],
    b: [400, 100],
  });
  const name = (x0: number, x1: number) => ({ x0, x1, y0: 90, y1: 110 });

  it('writes a count at its line’s middle where nothing is there', () => {
    const d = line('a', 2);
    expect(placeCounts([d], []).get(d)).toEqual([200, 100]);
  });

  it('moves it along its line off a name on the middle, and leaves lines without a count out', () => {
    const d = line('a', 2);
    const spots = placeCounts([d, line('b', undefined)], [name(180, 220)]);
    const [x, y] = spots.get(d)!;
    expect(y).toBe(100);
    expect(Math.abs(x - 200)).toBeGreaterThan(25);
    expect(spots.size).toBe(1);
  });

  it('puts it beside its line where the whole line is under names, and keeps two counts apart', () => {
    const d = line('a', 2);
    const [x, y] = placeCounts([d], [name(0, 400)]).get(d)!;
    expect(x).toBe(200);
    expect(Math.abs(y - 100)).toBeGreaterThan(10);
    const e = line('b', 3);
    const spots = placeCounts([d, e], []);
    expect(spots.get(e)).not.toEqual(spots.get(d));
  });

  it('takes the spot that covers the least where none is clear', () => {
    const d = line('a', 2);
    const everywhere = { x0: -50, x1: 450, y0: 50, y1: 150 };
    const small = { x0: 195, x1: 205, y0: 95, y1: 105 };
    const at = placeCounts([d], [everywhere, small]).get(d)!;
    expect(at).not.toEqual([200, 100]);
  });
});
