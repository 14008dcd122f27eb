import { isFarEnd } from '../camera/frame-rules';
import { describe, expect, it } from 'vitest';
import { arcsFor, visibleArcs, type Arc } from './arc-model';
import { testArc } from './test-arc';
import { loadBriefingDir } from '../data/node/load-briefing';
import { buildModel, endpointLocation } from '../data/model';
import { realDir } from '../data/test-helpers';
import { regionLabelPoints } from '../geo/map-layers';
import { bundledView } from '../geo/test-geo';

const arc = (id: string, intra: boolean, region: string | null): Arc =>
  testArc(id, { intra, region, active: true });

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

describe('arcsFor, filtered', () => {
  const { bundle } = loadBriefingDir(realDir);
  const model = buildModel(bundle!);
  const labels = regionLabelPoints(bundledView);
  const none = { region: null, link: null };
  const drawable = (kinds: string[] | null) =>
    model.bundle.links.filter(
      (l) =>
        (!kinds || kinds.includes(l.kind)) &&
        // An end far away (the world) is drawn as a chip at the edge.
        (endpointLocation(model, labels, l.from) || isFarEnd(model, l.from)) &&
        (endpointLocation(model, labels, l.to) || isFarEnd(model, l.to)),
    );

  it('draws every locatable link with nothing selected and no filter', () => {
    const ids = arcsFor(model, labels, none, 'zh').map((a) => a.id);
    expect(ids).toEqual(drawable(null).map((l) => l.id));
  });

  it('draws only the kinds the reader chose', () => {
    const kinds = ['tech-finance', 'innovation-corridor'];
    const arcs = arcsFor(model, labels, none, 'zh', null, { kinds, overview: false });
    expect(arcs.map((a) => a.id)).toEqual(drawable(kinds).map((l) => l.id));
    expect(new Set(arcs.map((a) => a.kind))).toEqual(new Set(kinds));
  });

  it('draws nothing when every kind is hidden, except the selected link', () => {
    const link = model.bundle.links[0]!.id;
    expect(arcsFor(model, labels, none, 'zh', null, { kinds: [], overview: false })).toEqual([]);
    const arcs = arcsFor(model, labels, { region: null, link }, 'zh', null, {
      kinds: [],
      overview: false,
    });
    expect(arcs.map((a) => a.id)).toEqual([link]);
  });

  it('keeps a presentation step’s links whatever the filter', () => {
    const focus = new Set(['g60-songjiang-jiaxing'].filter((id) => model.link(id)));
    const arcs = arcsFor(model, labels, none, 'zh', focus, { kinds: [], overview: false });
    expect(arcs.map((a) => a.id)).toEqual([...focus]);
  });

  it('in the overview, fans links between the same two regions and counts them once', () => {
    const arcs = arcsFor(model, labels, none, 'zh', null, { kinds: null, overview: true });
    const pairs = new Map<string, Arc[]>();
    for (const arc of arcs.filter((a) => !a.intra)) {
      const ends = [arc.fromId, arc.toId].map((id) => model.regionOf(id) ?? id).sort();
      pairs.set(ends.join('|'), [...(pairs.get(ends.join('|')) ?? []), arc]);
    }
    for (const group of pairs.values()) {
      const counted = group.filter((a) => a.pairCount !== undefined);
      expect(counted).toHaveLength(1);
      expect(counted[0]!.pairCount).toBe(group.length);
      // Each arc of a pair has its own curve.
      const bends = group.map((a) => Math.abs(a.bend ?? 0));
      expect(new Set(bends).size).toBe(group.length);
    }
    expect([...pairs.values()].some((g) => g.length > 1)).toBe(true);
  });

  it('in the overview, shows links inside one region at every zoom', () => {
    const arcs = arcsFor(model, labels, none, 'zh', null, { kinds: null, overview: true });
    expect(visibleArcs(arcs, 3, none, true)).toHaveLength(arcs.length);
    expect(visibleArcs(arcs, 3, none).length).toBeLessThan(arcs.length);
  });
});
