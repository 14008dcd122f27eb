import { describe, expect, it } from 'vitest';
import type { Point } from '../../../arcs/arc-path';
import {
  boxAt,
  boxesOverlap,
  leadRegions,
  lineHits,
  nudge,
  nudgeOnFewest,
  placeLabels,
  regionNameWrap,
  segmentHits,
  setLines,
  textWidth,
  visibility,
} from './visibility';

const size = { width: 800, height: 600 };
// An inset in the bottom right corner, as on the map.
const inset = { x0: 600, y0: 400, x1: 800, y1: 600 };
const vis = visibility(size, [inset]);

describe('nudge: where a region’s name can be read', () => {
  it('keeps a name that fits where it is', () => {
    expect(nudge([300, 300], 120, 16, vis)).toEqual([300, 300]);
  });

  it('moves a name that runs under the inset a little aside, clear of it', () => {
    const at = nudge([540, 450], 160, 16, vis)!;
    expect(at).toEqual([500, 450]);
    expect(vis.fits(at, 160, 16)).toBe(true);
  });

  it('moves a long name that starts under the legend along to where all of it shows', () => {
    // A legend down the left side, and a name as long as 粤港澳大湾区's in English.
    const legend = { x0: 0, y0: 0, x1: 200, y1: 600 };
    const beside = visibility(size, [legend]);
    const at = nudge([280, 300], 320, 16, beside)!;
    expect(beside.fits(at, 320, 16)).toBe(true);
    expect(at[1]).toBe(300);
    expect(at[0] - 280).toBeLessThanOrEqual(160);
  });

  it('moves a name up off the map’s bottom edge', () => {
    expect(nudge([300, 590], 120, 16, vis)).toEqual([300, 566]);
  });

  it('sets a name with a corner at its point when above, below and beside are taken', () => {
    // Dots in a row through the point (a corridor's stops), and names above and below.
    const taken = [
      { x0: 200, y0: 296, x1: 400, y1: 304 },
      { x0: 200, y0: 250, x1: 400, y1: 282 },
      { x0: 200, y0: 330, x1: 400, y1: 350 },
    ];
    const around = {
      visible: vis.visible,
      fits: (p: [number, number], w: number, h: number) =>
        vis.fits(p, w, h) && !taken.some((b) => boxesOverlap(b, boxAt(p, w, h))),
    };
    // Below right: the name's top left corner by the point.
    expect(nudge([300, 300], 120, 16, around)).toEqual([300 + 64, 300 + 12]);
  });

  it('keeps a long name where most of it can be read, and hides one that is covered', () => {
    expect(nudge([400, 300], 790, 16, vis)).toEqual([400, 300]);
    expect(nudge([700, 500], 120, 16, vis)).toBeNull();
  });
});

describe('setLines: a region’s name on one line or two', () => {
  const measure = (text: string) => textWidth(text, 15);

  it('keeps a short name, or a Chinese one, on one line', () => {
    expect(setLines('Middle Yangtze', measure, 15)).toEqual({
      lines: ['Middle Yangtze'],
      width: measure('Middle Yangtze'),
      height: 15,
    });
    expect(setLines('粤港澳大湾区', measure, 15).lines).toEqual(['粤港澳大湾区']);
  });

  it('sets a long name on two lines, split at the space nearest its middle', () => {
    const name = 'Guangdong–Hong Kong–Macao Greater Bay Area';
    const set = setLines(name, measure, 15);
    expect(set.lines).toEqual(['Guangdong–Hong Kong–Macao ', 'Greater Bay Area']);
    expect(set.lines.join('')).toBe(name);
    expect(set.width).toBe(measure('Guangdong–Hong Kong–Macao'));
    expect(set.width).toBeLessThan(measure(name) * 0.7);
    expect(set.height).toBeGreaterThan(30);
  });

  it('on a phone, sets a name on two lines that would span a third of the map', () => {
    // At 390 px 'Yangtze River Delta' on one line had run from its region across the
    // Middle Yangtze's, and was read as that region's name.
    const phone = regionNameWrap(390);
    expect(setLines('Yangtze River Delta', measure, 15, phone).lines).toEqual([
      'Yangtze ',
      'River Delta',
    ]);
    expect(setLines('Yellow River Basin', measure, 15, phone).lines).toHaveLength(2);
    // One word is not split: the name stays on one line (nor at its dashes).
    expect(setLines('Beijing–Tianjin–Hebei', measure, 15, phone).lines).toHaveLength(1);
    // On a projector's screen the names stay on one line.
    for (const width of [1024, 1280, 1920])
      expect(setLines('Yangtze River Delta', measure, 15, regionNameWrap(width)).lines).toEqual([
        'Yangtze River Delta',
      ]);
  });
});

describe('placeLabels: region names that do not lie on each other', () => {
  const open = visibility(size, []);
  const box = ([x, y]: [number, number], w: number, h: number) => ({
    x0: x - w / 2,
    x1: x + w / 2,
    y0: y - h / 2,
    y1: y + h / 2,
  });

  it('keeps the first where it is and moves the next one clear of it', () => {
    const { spots, boxes } = placeLabels(
      [
        { id: 'a', at: [300, 300], width: 100, height: 16 },
        { id: 'b', at: [310, 305], width: 100, height: 16 },
      ],
      open,
    );
    expect(spots.get('a')).toEqual([300, 300]);
    const b = spots.get('b')!;
    expect(b).not.toBeNull();
    expect(boxesOverlap(box([300, 300], 100, 16), box(b, 100, 16))).toBe(false);
    expect(boxes).toHaveLength(2);
  });

  // A cell 100 × 16 around [300, 300], closed by names placed before on every side, and a
  // hole 48 px wide above it: room for a short name only.
  const cell = [
    { x0: 100, y0: 312, x1: 500, y1: 400 },
    { x0: 100, y0: 200, x1: 500, y1: 247 },
    { x0: 100, y0: 247, x1: 273, y1: 288 },
    { x0: 327, y0: 247, x1: 500, y1: 288 },
    { x0: 276, y0: 273, x1: 324, y1: 288 },
    { x0: 100, y0: 288, x1: 246, y1: 312 },
    { x0: 354, y0: 288, x1: 500, y1: 312 },
  ];

  it('hides a name with no room left near its place, the first given keeping the room', () => {
    const { spots } = placeLabels(
      [
        { id: 'one', at: [300, 300], width: 100, height: 16 },
        { id: 'two', at: [300, 300], width: 100, height: 16 },
      ],
      open,
      cell,
    );
    expect(spots.get('one')).toEqual([300, 300]);
    expect(spots.get('two')).toBeNull();
  });

  it('tries a hidden name first, where the names before it had room elsewhere', () => {
    const short = { id: 'short', at: [300, 300] as Point, width: 40, height: 16 };
    const long = { id: 'long', at: [300, 300] as Point, width: 100, height: 16 };
    // Alone, the short name takes the cell, the only room the long one has.
    expect(placeLabels([short], open, cell).spots.get('short')).toEqual([300, 300]);
    const { spots, boxes } = placeLabels([short, long], open, cell);
    expect(spots.get('long')).toEqual([300, 300]);
    expect(spots.get('short')).toEqual([300, 260]);
    expect(boxes).toHaveLength(cell.length + 2);
  });

  it("keeps clear of the boxes already taken (the places' names placed before it)", () => {
    const place = box([300, 300], 100, 16);
    const { spots, boxes } = placeLabels(
      [{ id: 'a', at: [300, 300], width: 100, height: 16 }],
      open,
      [place],
    );
    const a = spots.get('a')!;
    expect(a).not.toBeNull();
    expect(boxesOverlap(place, box(a, 100, 16))).toBe(false);
    expect(boxes).toEqual([place, box(a, 100, 16)]);
  });
});

describe("placeLabels: boxes to avoid where there is room (the places' dots)", () => {
  const open = visibility(size, []);
  const dot = { x0: 293, x1: 307, y0: 293, y1: 307 };

  it('moves a name off a dot when it can', () => {
    const { spots, boxes } = placeLabels(
      [{ id: 'a', at: [300, 300], width: 100, height: 16 }],
      open,
      [],
      [dot],
    );
    const [x, y] = spots.get('a')!;
    expect(boxesOverlap(dot, { x0: x - 50, x1: x + 50, y0: y - 8, y1: y + 8 })).toBe(false);
    expect(boxes).toHaveLength(1);
  });

  it('keeps a name on a dot rather than hide it', () => {
    // Dots all around: no spot near the name's place is clear of them.
    const dots = [-2, -1, 0, 1, 2].flatMap((i) =>
      [-2, -1, 0, 1, 2].map((j) => ({
        x0: 300 + i * 60 - 7,
        x1: 300 + i * 60 + 7,
        y0: 300 + j * 12 - 7,
        y1: 300 + j * 12 + 7,
      })),
    );
    const { spots } = placeLabels(
      [{ id: 'a', at: [300, 300], width: 100, height: 16 }],
      open,
      [],
      dots,
    );
    expect(spots.get('a')).not.toBeNull();
  });
});

describe('nudgeOnFewest: a name that must lie on some dots', () => {
  const dot = (x: number, y: number) => boxAt([x, y], 14, 14);
  // A name 120 × 16 at (300, 300): two dots in its middle, one above, none below.
  const dots = [dot(290, 300), dot(320, 300), dot(300, 276)];

  it('takes the spot on the fewest dots, not the first that fits', () => {
    // nudge's order: the point itself (two dots), then up (one), then down (none).
    expect(nudge([300, 300], 120, 16, vis)).toEqual([300, 300]);
    expect(nudgeOnFewest([300, 300], 120, 16, vis, dots)).toEqual([300, 324]);
  });

  it('goes on past spots on as many dots as the best so far, to one on none', () => {
    // Up and down on one dot each, sideways and at the corners on one or two; two and a
    // half lines down, on none.
    const below = [...dots, dot(300, 324)];
    expect(nudgeOnFewest([300, 300], 120, 16, vis, below)).toEqual([300, 340]);
  });

  it('falls back to nudge where no spot fits', () => {
    expect(nudgeOnFewest([700, 500], 120, 16, vis, dots)).toBeNull();
  });
});

describe('placeLabels: a name left where most of it is readable', () => {
  // Only a smaller box than the name's fits anywhere: nudge's last resort, the name at its
  // point with most of it readable.
  const tight = { visible: () => true, fits: (_: unknown, w: number) => w < 100 };

  it('keeps it there when it lies on no other name', () => {
    const { spots } = placeLabels([{ id: 'a', at: [300, 300], width: 100, height: 16 }], tight);
    expect(spots.get('a')).toEqual([300, 300]);
  });

  it('hides it rather than lay it partly on a name placed before it', () => {
    // The name before ends 10 px into this one's box, clear of its readable middle.
    const before = { x0: 340, x1: 400, y0: 295, y1: 305 };
    const { spots, boxes } = placeLabels(
      [{ id: 'a', at: [300, 300], width: 100, height: 16 }],
      tight,
      [before],
    );
    expect(spots.get('a')).toBeNull();
    expect(boxes).toEqual([before]);
  });
});

describe('segmentHits and lineHits: a link’s line through a name', () => {
  const name = { x0: 100, x1: 200, y0: 100, y1: 116 };

  it('finds a line that crosses the box, one that ends in it, and none that passes by', () => {
    expect(segmentHits([150, 50], [150, 150], name)).toBe(true);
    expect(segmentHits([0, 0], [120, 108], name)).toBe(true);
    expect(segmentHits([90, 90], [210, 90], name)).toBe(false);
    // Diagonal past the box's corner: its bounding box overlaps the name's, the line does not.
    expect(segmentHits([180, 60], [240, 105], name)).toBe(false);
    expect(segmentHits([150, 108], [150, 108], name)).toBe(true);
  });

  it('follows a polyline segment by segment', () => {
    expect(
      lineHits(
        [
          [0, 0],
          [90, 90],
          [300, 90],
        ],
        name,
      ),
    ).toBe(false);
    expect(
      lineHits(
        [
          [0, 0],
          [90, 90],
          [150, 130],
        ],
        name,
      ),
    ).toBe(true);
  });
});

describe("placeLabels: the links' lines kept off the names where there is room", () => {
  const open = visibility(size, []);
  // A link straight down through the name's place.
  const line = [
    [300, 0],
    [300, 600],
  ] as [number, number][];

  it('moves a name off a line beside it', () => {
    const { spots } = placeLabels(
      [{ id: 'a', at: [300, 300], width: 100, height: 16 }],
      open,
      [],
      [],
      [line],
    );
    const spot = spots.get('a')!;
    expect(lineHits(line, boxAt(spot, 100, 16))).toBe(false);
    // Still beside its place: one end of the name at it.
    expect(Math.abs(spot[0] - 300)).toBeLessThanOrEqual(60);
  });

  it('keeps a name off a dot before it keeps it off a line', () => {
    // Lines on every side: no spot near the place is clear of them, one is clear of the dot.
    const lines = [-120, -60, 0, 60, 120].map(
      (dx) =>
        [
          [300 + dx, 0],
          [300 + dx, 600],
        ] as [number, number][],
    );
    const dot = { x0: 293, x1: 307, y0: 293, y1: 307 };
    const { spots } = placeLabels(
      [{ id: 'a', at: [300, 300], width: 100, height: 16 }],
      open,
      [],
      [dot],
      lines,
    );
    const spot = spots.get('a')!;
    expect(boxesOverlap(dot, boxAt(spot, 100, 16))).toBe(false);
  });
});

describe("leadRegions: whose names are placed before the places'", () => {
  const regions = ['a', 'b', 'c'].map((id) => ({ id }));

  it('with nothing chosen, every region; with one chosen, that one only', () => {
    expect(leadRegions(regions, null)).toEqual(regions);
    expect(leadRegions(regions, 'b')).toEqual([{ id: 'b' }]);
  });
});
