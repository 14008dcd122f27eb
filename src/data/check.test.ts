import { describe, expect, it } from 'vitest';
import { formatProblems } from './check';
import { check, checkResult, list, realDir, realFiles } from './test-helpers';

type Viewpoint = { id: string; speaker: string; point: string; paragraph: string; quote: string };
type Link = {
  id: string;
  from: string;
  to: string;
  basis?: string;
  source?: unknown;
  evidence?: unknown[];
};
type Mention = { subjects: string[]; noSpeaker: boolean };
type Place = { id: string; basis?: string; source?: unknown; mentions: unknown[] };

const file = (name: string) => `${realDir}/${name}`;

describe('the Pujiang 2023 no. 7 briefing', () => {
  it('passes every check with zero problems', () => {
    expect(check()).toEqual([]);
  });

  it('comes back as one bundle holding every file and the five regions', () => {
    const { bundle } = checkResult();
    expect(bundle?.briefing.id).toBe('pujiang-2023-07');
    expect(bundle?.regions.map((r) => r.id)).toEqual([
      'jingjinji',
      'yangtze-delta',
      'greater-bay-area',
      'middle-yangtze',
      'yellow-river',
    ]);
    expect(bundle?.viewpoints.length).toBeGreaterThan(12);
  });

  it('keeps all three printings of Wang Jixiang’s name beside the canonical one', () => {
    const wang = checkResult().bundle?.speakers.find((s) => s.id === 'wang-jixiang');
    expect(wang?.name).toEqual({ zh: '王茤祥', en: 'Wang Jixiang' });
    expect(wang?.printedNames).toEqual(['王芾祥', '王芩祥', '王芑祥']);
  });
});

describe('stated versus background', () => {
  const bundle = checkResult().bundle!;

  it('marks the G60 corridor background and draws it as one link through its nine cities', () => {
    const g60 = bundle.links.filter((l) => l.kind === 'innovation-corridor');
    expect(g60).toHaveLength(1);
    expect(g60[0]!.basis).toBe('background');
    const stops = [g60[0]!.from, ...(g60[0]!.via ?? []), g60[0]!.to];
    const members = bundle.places.find((p) => p.id === 'g60-corridor')!.members!;
    expect([...stops].sort()).toEqual([...members].sort());
  });

  it('marks background every corridor city the briefing never names, and only those', () => {
    const background = bundle.places.filter((p) => p.basis === 'background').map((p) => p.id);
    expect(background.sort()).toEqual([
      'hangzhou',
      'hefei',
      'huzhou',
      'jiaxing',
      'shanghai-songjiang',
      'suzhou',
      'wuhu',
      'xuancheng',
    ]);
    const text = bundle.source.paragraphs.map((p) => p.text).join('');
    for (const id of background) {
      const name = bundle.places.find((p) => p.id === id)!.name.zh;
      expect(text.includes(name), name).toBe(false);
    }
  });

  it('starts the joint-events links from Hubei, the subject of the sentence', () => {
    const joint = bundle.links.filter((l) => l.kind === 'joint-events');
    expect(joint.map((l) => l.from)).toEqual(['hubei', 'hubei']);
  });
});

describe('a broken copy of the briefing', () => {
  it('names a viewpoint whose speaker does not exist', () => {
    const files = realFiles();
    list<Viewpoint>(files, 'viewpoints.json', 'viewpoints')[3]!.speaker = 'nobody';
    expect(check(files)).toEqual([
      {
        file: file('viewpoints.json'),
        path: '$.viewpoints[3].speaker',
        message: 'unknown speaker "nobody"',
      },
    ]);
  });

  it('rejects a quote edited by one character', () => {
    const files = realFiles();
    const viewpoint = list<Viewpoint>(files, 'viewpoints.json', 'viewpoints')[0]!;
    viewpoint.quote = viewpoint.quote.replace('关键元素', '关键要素');
    expect(check(files)).toEqual([
      {
        file: file('viewpoints.json'),
        path: '$.viewpoints[0].quote',
        message: 'is not an exact substring of paragraph p12',
      },
    ]);
  });

  it('calls a quote that differs only in full- or half-width punctuation a near miss', () => {
    const files = realFiles();
    const viewpoint = list<Viewpoint>(files, 'viewpoints.json', 'viewpoints')[0]!;
    viewpoint.quote = viewpoint.quote.replaceAll(',', '，');
    expect(check(files)).toEqual([
      {
        file: file('viewpoints.json'),
        path: '$.viewpoints[0].quote',
        message:
          'is not an exact substring of paragraph p12 — it matches only after normalising punctuation: copy it verbatim',
      },
    ]);
  });

  it('requires an evidence list on every link', () => {
    const files = realFiles();
    delete list<Link>(files, 'links.json', 'links')[1]!.evidence;
    expect(check(files)).toEqual([
      {
        file: file('links.json'),
        path: '$.links[1].evidence',
        message:
          'has no evidence list: give the quotes that say it ([] only for a background link)',
      },
    ]);
  });

  it('requires every link to say whether the briefing states it or it is background', () => {
    const files = realFiles();
    delete list<Link>(files, 'links.json', 'links')[0]!.basis;
    expect(check(files)).toEqual([
      {
        file: file('links.json'),
        path: '$.links[0].basis',
        message:
          'has no basis: "stated" (a quote of the briefing says it) or "background" (with its source)',
      },
    ]);
  });

  it('refuses a stated link without a verbatim quote', () => {
    const files = realFiles();
    const links = list<Link>(files, 'links.json', 'links');
    expect(links[0]!.basis).toBe('stated');
    links[0]!.evidence = [];
    expect(check(files)).toEqual([
      {
        file: file('links.json'),
        path: '$.links[0].evidence',
        message:
          'is stated but has no evidence quote: quote where the briefing says it, or mark it "background" with its source',
      },
    ]);
  });

  it('refuses a stated link whose quote is not verbatim', () => {
    const files = realFiles();
    const link = list<Link>(files, 'links.json', 'links')[0]!;
    const evidence = link.evidence![0] as { quote: string };
    evidence.quote = evidence.quote.replace('下设的', '下属的');
    expect(check(files)).toEqual([
      {
        file: file('links.json'),
        path: '$.links[0].evidence[0].quote',
        message: 'is not an exact substring of paragraph p22',
      },
    ]);
  });

  it('refuses a background link that names no source', () => {
    const files = realFiles();
    const links = list<Link>(files, 'links.json', 'links');
    const i = links.findIndex((l) => l.basis === 'background');
    delete links[i]!.source;
    expect(check(files)).toEqual([
      {
        file: file('links.json'),
        path: `$.links[${i}].source`,
        message: 'is background but names no source: say where it comes from (zh and en)',
      },
    ]);
  });

  it('accepts a background link with no quote at all, as long as it names its source', () => {
    const files = realFiles();
    const links = list<Link>(files, 'links.json', 'links');
    links.find((l) => l.basis === 'background')!.evidence = [];
    expect(check(files)).toEqual([]);
  });

  it('holds places to the same rule: stated needs a mention, background a source', () => {
    const files = realFiles();
    const places = list<Place>(files, 'places.json', 'places');
    const stated = places.findIndex((p) => p.id === 'jinhua');
    const background = places.findIndex((p) => p.id === 'hefei');
    places[stated]!.mentions = [];
    delete places[background]!.source;
    expect(check(files)).toEqual([
      {
        file: file('places.json'),
        path: `$.places[${stated}].mentions`,
        message:
          'is stated but has no mention: quote where the briefing says it, or mark it "background" with its source',
      },
      {
        file: file('places.json'),
        path: `$.places[${background}].source`,
        message: 'is background but names no source: say where it comes from (zh and en)',
      },
    ]);
  });

  it('names a mention that calls a region unaddressed when a speaker addresses it', () => {
    const files = realFiles();
    const mentions = list<Mention>(files, 'mentions.json', 'mentions');
    mentions[0]!.noSpeaker = true;
    expect(check(files)).toEqual([
      {
        file: file('mentions.json'),
        path: '$.mentions[0].noSpeaker',
        message:
          'says no speaker addresses "jingjinji", but a viewpoint is scoped to it: split the mention or fix the flag',
      },
    ]);
  });

  it('names a link end that is neither a region nor a place', () => {
    const files = realFiles();
    list<Link>(files, 'links.json', 'links')[0]!.to = 'atlantis';
    expect(check(files)).toEqual([
      {
        file: file('links.json'),
        path: '$.links[0].to',
        message: 'unknown region or place "atlantis"',
      },
    ]);
  });

  it('names a duplicate id and where it first appeared', () => {
    const files = realFiles();
    const viewpoints = list<Viewpoint>(files, 'viewpoints.json', 'viewpoints');
    viewpoints[1]!.id = viewpoints[0]!.id;
    expect(check(files)).toEqual([
      {
        file: file('viewpoints.json'),
        path: '$.viewpoints[1].id',
        message: 'duplicate id "sun-dong-tech-reshapes-world" (first at $.viewpoints[0])',
      },
    ]);
  });

  it('names a point paragraph that no viewpoint cites', () => {
    const files = realFiles();
    const viewpoints = list<Viewpoint>(files, 'viewpoints.json', 'viewpoints');
    files['viewpoints.json']!.viewpoints = viewpoints.filter((v) => v.paragraph !== 'p14');
    expect(check(files)).toEqual([
      {
        file: file('source/paragraphs.json'),
        path: '$.paragraphs[13]',
        message: 'point paragraph p14 is cited by no viewpoint',
      },
    ]);
  });

  it('names a region that no viewpoint and no editorial mention covers', () => {
    const files = realFiles();
    const mentions = list<Mention>(files, 'mentions.json', 'mentions');
    files['mentions.json']!.mentions = mentions.filter((m) => !m.subjects.includes('yellow-river'));
    expect(check(files)).toEqual([
      {
        file: file('mentions.json'),
        path: '$.mentions',
        message: 'region "yellow-river" has no viewpoint scoped to it and no editorial mention',
      },
    ]);
  });

  it('turns a wrong type into a problem with its file and JSON path', () => {
    const files = realFiles();
    list(files, 'places.json', 'places')[0]!.coordinates = '121.47, 31.23';
    expect(checkResult(files).bundle).toBeUndefined();
    expect(check(files)).toEqual([
      {
        file: file('places.json'),
        path: '$.places[0].coordinates',
        message: 'Invalid input: expected tuple, received string',
      },
    ]);
  });

  it('names a viewpoint whose point belongs to another section', () => {
    const files = realFiles();
    list<Viewpoint>(files, 'viewpoints.json', 'viewpoints')[0]!.point = 's2-p1';
    expect(check(files)).toEqual([
      {
        file: file('viewpoints.json'),
        path: '$.viewpoints[0].point',
        message: 'point "s2-p1" is not in section "s1"',
      },
    ]);
  });

  it('names a paragraph whose text is not its source lines verbatim', () => {
    const files = realFiles();
    const credit = list<{ text: string }>(files, 'source/paragraphs.json', 'paragraphs')[23]!;
    credit.text = credit.text.replace('整 理', '整理');
    expect(check(files)).toEqual([
      {
        file: file('source/paragraphs.json'),
        path: '$.paragraphs[23].text',
        message: 'differs from source lines 53',
      },
    ]);
  });

  it('names a place whose id is also a region id', () => {
    const files = realFiles();
    const places = list<{ id: string }>(files, 'places.json', 'places');
    const links = list<Link>(files, 'links.json', 'links');
    for (const l of links) if (l.from === 'wuhan') l.from = 'middle-yangtze';
    places.find((p) => p.id === 'wuhan')!.id = 'middle-yangtze';
    expect(check(files)).toEqual([
      {
        file: file('places.json'),
        path: expect.stringMatching(/^\$\.places\[\d+\]\.id$/),
        message: 'place id "middle-yangtze" is also a region id',
      },
    ]);
  });
});

describe('formatProblems', () => {
  it('prints one readable line per problem', () => {
    const text = formatProblems([
      {
        file: 'data/briefings/x/viewpoints.json',
        path: '$.viewpoints[3].quote',
        message: 'is not an exact substring of paragraph p07',
      },
      {
        file: 'data/briefings/x/links.json',
        path: '$.links[0].to',
        message: 'unknown region or place "atlantis"',
      },
    ]);
    expect(text).toBe(
      'data/briefings/x/viewpoints.json $.viewpoints[3].quote: is not an exact substring of paragraph p07\n' +
        'data/briefings/x/links.json $.links[0].to: unknown region or place "atlantis"',
    );
  });
});
