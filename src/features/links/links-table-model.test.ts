import { describe, expect, it } from 'vitest';
import { loadBriefingDir } from '../../data/node/load-briefing';
import { buildModel } from '../../data/model';
import { realDir } from '../../data/test-helpers';
import {
  buildRows,
  cellText,
  collator,
  filterOptions,
  filterRows,
  linkBasis,
  NO_ROW_FILTER,
  NO_SPEAKER,
  OUTSIDE,
  regionMatrix,
  sortRows,
  SORT_KEYS,
} from './links-table-model';

const model = buildModel(loadBriefingDir(realDir).bundle!);
const links = model.bundle.links;

describe('buildRows', () => {
  const rows = buildRows(model, 'zh');

  it('makes one row per link, in the data’s order', () => {
    expect(rows.map((r) => r.id)).toEqual(links.map((l) => l.id));
  });

  it('names both ends, the kind, the speakers and the paragraphs from the data', () => {
    const link = links.find((l) => l.evidence.some((e) => e.speaker))!;
    const row = rows.find((r) => r.id === link.id)!;
    expect(row.from).toBe(model.region(link.from)?.name.zh ?? model.place(link.from)?.name.zh);
    expect(row.kindLabel).toBe(model.bundle.kinds.find((k) => k.id === link.kind)!.label.zh);
    expect(row.speakers).toEqual([...new Set(link.evidence.map((e) => e.speaker ?? NO_SPEAKER))]);
    expect(row.paragraphs).toEqual([...new Set(link.evidence.map((e) => e.paragraph))]);
  });

  it('reads each link’s basis', () => {
    const link = links[0]!;
    expect(linkBasis({ ...link, basis: 'stated' })).toBe('stated');
    expect(linkBasis({ ...link, basis: 'background' })).toBe('background');
  });
});

describe('sortRows', () => {
  const rows = buildRows(model, 'zh');
  const text = cellText('zh');

  it.each(SORT_KEYS)('sorts by %s, ascending then descending', (key) => {
    const up = sortRows(rows, { key, direction: 'ascending' }, text, 'zh').map((r) => text(r, key));
    const down = sortRows(rows, { key, direction: 'descending' }, text, 'zh').map((r) =>
      text(r, key),
    );
    const compare = collator('zh').compare;
    expect(up).toEqual([...up].sort(compare));
    expect(down).toEqual([...up].sort(compare).reverse());
  });

  it('sorts Chinese names by pinyin and paragraph ids by number', () => {
    const c = collator('zh').compare;
    expect(['上海', '北京', '杭州'].sort(c)).toEqual(['北京', '杭州', '上海']);
    expect(['p16', 'p9'].sort(c)).toEqual(['p9', 'p16']);
  });

  it('keeps the data’s order without a sort', () => {
    expect(sortRows(rows, null, text, 'zh')).toBe(rows);
  });
});

describe('filterRows', () => {
  const rows = buildRows(model, 'en');

  it('keeps every row without a filter', () => {
    expect(filterRows(rows, NO_ROW_FILTER)).toHaveLength(links.length);
  });

  it('keeps the links that touch a region, at either end', () => {
    const region = 'middle-yangtze';
    const expected = links.filter(
      (l) => model.regionOf(l.from) === region || model.regionOf(l.to) === region,
    );
    expect(filterRows(rows, { ...NO_ROW_FILTER, region }).map((r) => r.id)).toEqual(
      expected.map((l) => l.id),
    );
  });

  it('keeps the links with an end outside the five regions', () => {
    const expected = links.filter((l) => !model.regionOf(l.from) || !model.regionOf(l.to));
    expect(expected.length).toBeGreaterThan(0);
    expect(filterRows(rows, { ...NO_ROW_FILTER, region: OUTSIDE })).toHaveLength(expected.length);
  });

  it('keeps one kind, or the legend’s kinds', () => {
    const kind = links[0]!.kind;
    const one = filterRows(rows, { ...NO_ROW_FILTER, kind });
    expect(one.map((r) => r.id)).toEqual(links.filter((l) => l.kind === kind).map((l) => l.id));
    expect(filterRows(rows, { ...NO_ROW_FILTER, kinds: [] })).toEqual([]);
  });

  it('keeps the links a speaker gave evidence for, and the unattributed ones', () => {
    const speaker = links.flatMap((l) => l.evidence).find((e) => e.speaker)!.speaker!;
    const expected = links.filter((l) => l.evidence.some((e) => e.speaker === speaker));
    expect(filterRows(rows, { ...NO_ROW_FILTER, speaker })).toHaveLength(expected.length);
    const none = links.filter((l) => l.evidence.some((e) => e.speaker === null));
    expect(filterRows(rows, { ...NO_ROW_FILTER, speaker: NO_SPEAKER })).toHaveLength(none.length);
  });

  it('offers only options that occur', () => {
    const options = filterOptions(model, rows);
    expect(options.kinds.length).toBeGreaterThan(0);
    for (const kind of options.kinds) expect(rows.some((r) => r.kind === kind.id)).toBe(true);
    expect(options.speakers).toContain(NO_SPEAKER);
  });
});

describe('regionMatrix', () => {
  const matrix = regionMatrix(model, links);
  const key = (id: string) => model.regionOf(id) ?? OUTSIDE;

  it('counts, for every pair of regions, the links that join them', () => {
    matrix.keys.forEach((a, i) =>
      matrix.keys.forEach((b, j) => {
        const expected = links.filter(
          (l) => (key(l.from) === a && key(l.to) === b) || (key(l.from) === b && key(l.to) === a),
        ).length;
        expect(matrix.counts[i]![j]).toBe(expected);
      }),
    );
  });

  it('counts every link once in its upper triangle', () => {
    const total = matrix.counts.reduce(
      (sum, row, i) => sum + row.slice(i).reduce((a, b) => a + b, 0),
      0,
    );
    expect(total).toBe(links.length);
    expect(matrix.max).toBe(Math.max(...matrix.counts.flat()));
  });
});
