import { describe, expect, it } from 'vitest';
import { loadBriefingDir } from './node/load-briefing';
import { buildModel, endpointLocation, endpointName, linkEnds, WIDE_ID } from './model';
import type { Bundle, LngLat } from './schema';
import { realDir } from './test-helpers';

const name = (zh: string, en: string) => ({ zh, en });

/**
 * A small briefing with every case the lookups distinguish: a link between two regions,
 * links from places inside a region (either end), a link leaving the five regions, a
 * place without coordinates, a corridor, and viewpoints about a region and the country.
 */
const bundle = {
  regions: [
    { id: 'north', name: name('北区', 'North') },
    { id: 'south', name: name('南区', 'South') },
    { id: 'east', name: name('东区', 'East') },
  ],
  places: [
    { id: 'n-city', region: 'north', coordinates: [116, 40], name: name('北城', 'North City') },
    { id: 's-city', region: 'south', coordinates: [113, 23], name: name('南城', 'South City') },
    { id: 's-town', region: 'south', coordinates: [114, 22], name: name('南镇', 'South Town') },
    { id: 'n-alliance', region: 'north', coordinates: null, name: name('北联盟', 'N Alliance') },
    { id: 'world', region: null, coordinates: null, name: name('世界', 'the world') },
  ],
  speakers: [{ id: 'li', name: name('李', 'Li') }],
  links: [
    { id: 'north-south', from: 'north', to: 'south', directed: false },
    { id: 'scity-ncity', from: 's-city', to: 'n-city', directed: true },
    { id: 'north-world', from: 'n-city', to: 'world', directed: false },
    { id: 'south-corridor', from: 's-city', to: 's-town', via: ['n-city'], directed: false },
  ],
  viewpoints: [
    { id: 'vp-north', scope: { kind: 'regions', regions: ['north'] } },
    { id: 'vp-both', scope: { kind: 'regions', regions: ['north', 'south'] } },
    { id: 'vp-country', scope: { kind: 'national' } },
    { id: 'vp-world', scope: { kind: 'global' } },
  ],
  kinds: [],
  source: { paragraphs: [{ id: 'p01', text: '第一段。' }] },
} as unknown as Bundle;

const model = buildModel(bundle);
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('the model', () => {
  it('looks up regions, places, speakers, links and paragraphs by id, and nothing else', () => {
    expect(model.region('south')?.name.en).toBe('South');
    expect(model.place('s-town')?.name.zh).toBe('南镇');
    expect(model.speaker('li')?.name.zh).toBe('李');
    expect(model.link('north-world')?.to).toBe('world');
    expect(model.paragraph('p01')).toBe('第一段。');
    // An id of another kind is not found: a place is no region, a region no place.
    expect(model.region('n-city')).toBeUndefined();
    expect(model.place('north')).toBeUndefined();
    expect(model.link('north')).toBeUndefined();
    expect(model.paragraph('p99')).toBe('');
  });

  it('puts an end of a link in its region: the region itself or the place’s region', () => {
    expect(model.regionOf('north')).toBe('north');
    expect(model.regionOf('s-town')).toBe('south');
    expect(model.regionOf('n-alliance')).toBe('north');
    expect(model.regionOf('world')).toBeNull();
    expect(model.regionOf('nowhere')).toBeNull();
  });

  it('lists the links of a region whichever end lies in it', () => {
    // north-south starts in north; scity-ncity ends there (from a place in south).
    expect(ids(model.linksOfRegion('north'))).toEqual([
      'north-south',
      'north-world',
      'scity-ncity',
    ]);
    expect(ids(model.linksOfRegion('south'))).toEqual([
      'north-south',
      'scity-ncity',
      'south-corridor',
    ]);
    expect(model.linksOfRegion('east')).toEqual([]);
  });

  it('gives 全国 / 全球 the links with an end beyond the regions, and its own viewpoints', () => {
    expect(ids(model.linksOfRegion(WIDE_ID))).toEqual(['north-world']);
    expect(ids(model.wideViewpoints)).toEqual(['vp-country', 'vp-world']);
  });

  it('lists the viewpoints and places of a region', () => {
    expect(ids(model.viewpointsOfRegion('north'))).toEqual(['vp-both', 'vp-north']);
    expect(ids(model.viewpointsOfRegion('south'))).toEqual(['vp-both']);
    expect(ids(model.placesOfRegion('south'))).toEqual(['s-city', 's-town']);
    expect(model.placesOfRegion('east')).toEqual([]);
  });
});

describe('the ends of a link', () => {
  const labels = new Map<string, LngLat>([
    ['north', [117, 39]],
    ['south', [113.5, 23.5]],
  ]);

  it('are drawn at a place’s coordinates, else at its region’s label point', () => {
    expect(endpointLocation(model, labels, 's-city')).toEqual([113, 23]);
    expect(endpointLocation(model, labels, 'n-alliance')).toEqual([117, 39]);
    expect(endpointLocation(model, labels, 'south')).toEqual([113.5, 23.5]);
  });

  it('have no location when neither the place nor a region gives one', () => {
    expect(endpointLocation(model, labels, 'world')).toBeNull();
    expect(endpointLocation(model, labels, 'east')).toBeNull();
    expect(endpointLocation(model, labels, 'nowhere')).toBeNull();
  });

  it('are named in the reader’s language, the id when the data has no name', () => {
    expect(endpointName(model, 'north', 'zh')).toBe('北区');
    expect(endpointName(model, 's-town', 'en')).toBe('South Town');
    expect(endpointName(model, 'nowhere', 'en')).toBe('nowhere');
  });

  it('read "A ↔ B", "A → B" for a directed link, and every stop of a corridor', () => {
    expect(linkEnds(model, model.link('north-south')!, 'zh')).toBe('北区 ↔ 南区');
    expect(linkEnds(model, model.link('scity-ncity')!, 'en')).toBe('South City → North City');
    expect(linkEnds(model, model.link('south-corridor')!, 'zh')).toBe('南城 — 北城 — 南镇');
  });
});

describe('the model of the real briefing', () => {
  const real = buildModel(loadBriefingDir(realDir).bundle!);

  it('finds every link from both of its regions', () => {
    for (const link of real.bundle.links) {
      for (const end of [link.from, link.to]) {
        const region = real.regionOf(end) ?? WIDE_ID;
        expect(ids(real.linksOfRegion(region)), `${link.id} from ${end}`).toContain(link.id);
      }
    }
  });

  it('knows the region of every place that has one', () => {
    for (const place of real.bundle.places)
      expect(real.regionOf(place.id), place.id).toBe(place.region);
  });
});
