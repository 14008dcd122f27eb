import PinyinMatch from 'pinyin-match';
import { describe, expect, it } from 'vitest';
import { loadBriefingDir } from '../../data/node/load-briefing';
import { buildModel } from '../../data/model';
import { search, snippet } from './search-index';

const { bundle } = loadBriefingDir('data/briefings/pujiang-2023-07');
const model = buildModel(bundle!);
const pinyin = PinyinMatch.match;

describe('search', () => {
  it('finds 河套 by its tone-less pinyin, "hetao"', () => {
    const labels = search(model, 'hetao', 'zh', pinyin).map((r) => r.label);
    expect(labels[0]).toMatch(/河套/);
    expect(labels.filter((l) => l.includes('河套')).length).toBeGreaterThanOrEqual(2);
  });

  it('finds 武汉 by its pinyin initials, "wh" (with 芜湖, also w-h), and by its full pinyin', () => {
    const initials = search(model, 'wh', 'zh', pinyin).map((r) => r.label);
    expect(initials.slice(0, 2).sort()).toEqual(['武汉', '芜湖'].sort());
    expect(search(model, 'wuhan', 'zh', pinyin)[0]).toMatchObject({ label: '武汉' });
  });

  it('finds 武汉 by its English name in either language, "Wuhan"', () => {
    expect(search(model, 'Wuhan', 'en')[0]).toMatchObject({ kind: 'place', label: 'Wuhan' });
    expect(search(model, 'Wuhan', 'zh')[0]).toMatchObject({ kind: 'place', label: '武汉' });
  });

  it('finds the viewpoint that speaks of 科技金融, with the phrase in its snippet', () => {
    const found = search(model, '科技金融', 'zh', pinyin).filter((r) => r.kind === 'viewpoint');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.label).toContain('科技金融');
    expect(found[0]!.viewpoint).not.toBeNull();
  });

  it('finds a region by pinyin, "changjiang" → 长江中游', () => {
    const first = search(model, 'changjiang', 'zh', pinyin)[0];
    expect(first).toMatchObject({ kind: 'region', region: 'middle-yangtze' });
  });

  it('finds a region by its full name, shown by its short one: "Guangdong", 城市群', () => {
    expect(search(model, 'Guangdong', 'en')[0]).toMatchObject({
      kind: 'region',
      region: 'greater-bay-area',
      label: 'Greater Bay Area',
    });
    expect(search(model, '城市群', 'zh')[0]).toMatchObject({
      kind: 'region',
      region: 'middle-yangtze',
      label: '长江中游',
    });
  });

  it('without pinyin loaded yet still finds by Chinese and English', () => {
    expect(search(model, '武汉', 'zh')[0]?.label).toBe('武汉');
    expect(search(model, 'wh', 'zh')).toEqual(
      search(model, 'wh', 'zh').filter((r) => !r.label.includes('武汉')),
    );
  });
});

describe('snippet', () => {
  const en =
    'Cooperation in science and technology finance links the capital and the innovation of the three regions together.';

  it('cuts English at word boundaries, never inside a word', () => {
    const at = en.indexOf('finance');
    const cut = snippet(en, at, 'finance'.length, 'en');
    expect(cut).toContain('finance');
    const body = cut.replace(/^…|…$/g, '');
    const start = en.indexOf(body);
    expect(start).toBeGreaterThan(0);
    expect(en[start - 1]).toMatch(/[\s,]/);
    expect(en[start + body.length] ?? ' ').toMatch(/[\s,.]/);
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true);
  });

  it('cuts Chinese at character boundaries and keeps the match', () => {
    const zh = '与长三角、大湾区在科技金融方面进行合作探索，链接科技和金融资源。'.repeat(3);
    const at = zh.indexOf('科技金融', 20);
    const cut = snippet(zh, at, 4, 'zh');
    expect(cut).toContain('科技金融');
    expect(cut.length).toBeLessThan(zh.length);
    expect(zh).toContain(cut.replace(/^…|…$/g, ''));
  });

  it('does not cut a character outside the Basic Multilingual Plane in half', () => {
    const text = `${'𠀀'.repeat(20)}科技${'𠀀'.repeat(40)}`;
    const cut = snippet(text, text.indexOf('科技'), 2, 'zh');
    expect(cut.replace(/^…|…$/g, '')).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
  });
});
