/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { loadBriefingDir } from '../data/node/load-briefing';
import type { LngLat } from '../data/schema';
import { corridorLine, corridorPath, corridorStops, segmentsCross } from './corridor';

const places: Record<string, LngLat | null> = {
  a: [120, 30],
  b: [121, 31],
  c: [122, 30],
  nowhere: null,
};
const locate = (id: string) => places[id] ?? null;

describe('corridorPath', () => {
  it('runs from `from` through every `via` stop, in order, to `to`', () => {
    const link = { from: 'a', via: ['b'], to: 'c' };
    expect(corridorStops(link)).toEqual(['a', 'b', 'c']);
    expect(corridorPath(link, locate)).toEqual([
      [120, 30],
      [121, 31],
      [122, 30],
    ]);
  });

  it('is a plain two-point line for a link without via', () => {
    expect(corridorPath({ from: 'a', to: 'c' }, locate)).toEqual([
      [120, 30],
      [122, 30],
    ]);
  });

  it('leaves out stops that have no location, and gives up below two', () => {
    expect(corridorPath({ from: 'a', via: ['nowhere'], to: 'c' }, locate)).toHaveLength(2);
    expect(corridorPath({ from: 'a', via: ['nowhere'], to: 'unknown' }, locate)).toBeNull();
  });
});

describe('corridorLine', () => {
  it('draws one smooth line that passes through every stop', () => {
    const d = corridorLine([
      [0, 0],
      [100, 50],
      [200, 0],
    ]);
    expect(d.startsWith('M0,0C')).toBe(true);
    // A cubic segment per gap between stops, each ending on the next stop.
    expect(d.match(/C/g)).toHaveLength(2);
    expect(d).toContain(',100,50C');
    expect(d.endsWith(',200,0')).toBe(true);
  });
});

describe('the G60 corridor in the Pujiang briefing', () => {
  const { bundle } = loadBriefingDir('data/briefings/pujiang-2023-07');
  const link = bundle!.links.find((l) => l.id === 'g60-corridor-cities')!;
  const coords = new Map(bundle!.places.map((p) => [p.id, p.coordinates]));
  const path = corridorPath(link, (id) => coords.get(id) ?? null)!;

  it('is drawn through all nine cities', () => {
    expect(path).toHaveLength(9);
  });

  it('never crosses itself', () => {
    for (let i = 0; i < path.length - 1; i++) {
      for (let j = i + 2; j < path.length - 1; j++) {
        expect(segmentsCross(path[i]!, path[i + 1]!, path[j]!, path[j + 1]!), `${i}/${j}`).toBe(
          false,
        );
      }
    }
  });

  it('segmentsCross does see a crossing', () => {
    expect(segmentsCross([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
  });
});
