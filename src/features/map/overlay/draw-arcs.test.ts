import { describe, expect, it } from 'vitest';
import type { Arc } from '../../../arcs/arc-model';
import { unstackedChips, type Placed } from './draw-arcs';

const placed = (id: string, at: [number, number] | null, selected = false): Placed => ({
  arc: { id, selected } as Arc,
  a: [0, 0],
  c: [0, 0],
  b: [0, 0],
  t: 1,
  reversed: false,
  chip: at && { at, text: id, width: 80 },
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
