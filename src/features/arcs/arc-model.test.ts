import { describe, expect, it } from 'vitest';
import { visibleArcs, type Arc } from './arc-model';

const arc = (id: string, intra: boolean, region: string | null): Arc => ({
  id,
  fromId: 'a',
  toId: 'b',
  from: [110, 30],
  to: [112, 28],
  kind: 'k',
  kindIndex: 0,
  directed: false,
  weight: 1,
  intra,
  region,
  active: true,
  focused: false,
  selected: false,
  label: id,
});

describe('visibleArcs', () => {
  const arcs = [arc('cross', false, 'middle-yangtze'), arc('inside', true, 'middle-yangtze')];
  const none = { region: null, link: null };

  it('hides links inside one region in the national view', () => {
    expect(visibleArcs(arcs, 4, none).map((a) => a.id)).toEqual(['cross']);
  });

  it('shows them once zoomed in', () => {
    expect(visibleArcs(arcs, 6, none).map((a) => a.id)).toEqual(['cross', 'inside']);
  });

  it('shows them when their region is selected, whatever the zoom', () => {
    const selected = { region: 'middle-yangtze', link: null };
    expect(visibleArcs(arcs, 4, selected).map((a) => a.id)).toEqual(['cross', 'inside']);
  });

  it('shows the ones a presentation step talks about, whatever the zoom', () => {
    const step = [arcs[0]!, { ...arcs[1]!, focused: true }];
    expect(visibleArcs(step, 4, none).map((a) => a.id)).toEqual(['cross', 'inside']);
  });
});
