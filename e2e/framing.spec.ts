import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  openMap,
  openSettled,
  projectRenderer,
  REGION_INTERIORS,
  screenPoint,
  screenshot,
  test,
  waitForCameraToSettle,
  waitForStillMap,
  withRenderer,
} from './fixtures';

/**
 * What the screen shows for a selection: every end of every link drawn is on the visible
 * map (nothing covers it), or, where the issue allows it (an end far away, or a phone), a
 * chip at the edge names it.
 */

const DATA = 'data/briefings/pujiang-2023-07';
const places = JSON.parse(readFileSync(`${DATA}/places.json`, 'utf8')) as {
  places: {
    id: string;
    region: string | null;
    name: { zh: string; en: string };
    coordinates: [number, number];
  }[];
};
const links = JSON.parse(readFileSync(`${DATA}/links.json`, 'utf8')) as {
  links: { id: string; from: string; to: string }[];
};
const regions = JSON.parse(readFileSync('data/regions.json', 'utf8')) as {
  regions: { id: string; name: { zh: string; en: string } }[];
};
const nameOf = (id: string, lang: 'zh' | 'en') =>
  (places.places.find((p) => p.id === id) ?? regions.regions.find((r) => r.id === id))?.name[
    lang
  ] ?? id;

const regionOf = (id: string) =>
  regions.regions.some((r) => r.id === id)
    ? id
    : (places.places.find((p) => p.id === id)?.region ?? null);
/** Whether the data gives `region` any link (黄河流域: none; the panel says so). */
const hasLinks = (region: string) =>
  links.links.some((l) =>
    [l.from, l.to].some((end) =>
      region === 'national-global' ? regionOf(end) === null : regionOf(end) === region,
    ),
  );

const SIZES = [
  { width: 1280, height: 800, lang: 'zh' },
  { width: 1920, height: 1080, lang: 'en' },
  { width: 1024, height: 768, lang: 'en' },
  { width: 390, height: 844, lang: 'zh' },
] as const;

type Problem = { link: string; end: string; covered: string };

/** Checks every drawn arc: each end either seen on the map, or (allowed) named at an edge. */
async function endsInView(page: Page, allowEdge: boolean) {
  return page.evaluate((allowEdge) => {
    const map = document.querySelector('.map')!;
    const box = map.getBoundingClientRect();
    const problems: Problem[] = [];
    const chips: { link: string; text: string }[] = [];
    const seen = (x: number, y: number) => {
      const top = document.elementFromPoint(box.left + x, box.top + y);
      if (!top) return 'nothing';
      if (!top.closest('.map')) return top.className.toString() || top.tagName;
      const cover = top.closest('[data-map-obstacle]');
      return cover ? cover.className.toString() : null;
    };
    // With a link chosen, the others are dimmed context: that link's ends are what counts.
    const only = document.querySelector('.arcs-overlay[data-link-selected]') ? '.selected' : '';
    for (const g of document.querySelectorAll<SVGGElement>(
      `.arcs-overlay g.arc${only}[data-link]`,
    )) {
      const link = g.dataset.link!;
      const clipped = g.dataset.clipped === 'true';
      for (const end of ['from', 'to'] as const) {
        const at = g.dataset[end];
        if (!at) continue; // a far end (the world): it has a chip, checked below
        const [x, y] = window.__regionMap!.project(at.split(',').map(Number) as [number, number]);
        const covered = seen(x, y);
        if (covered && !(clipped && allowEdge)) problems.push({ link, end, covered });
      }
      if (clipped) {
        const chip = g.querySelector<SVGGElement>('g.arc-edge')!;
        const r = chip.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!top?.closest('g.arc-edge'))
          problems.push({ link, end: 'chip', covered: top?.className.toString() ?? 'nothing' });
        chips.push({ link, text: chip.textContent ?? '' });
      }
    }
    return { problems, chips, arcs: document.querySelectorAll('.arcs-overlay g.arc').length };
  }, allowEdge);
}

async function clickRegionOnMap(page: Page, id: string) {
  const interior = REGION_INTERIORS.get(id)!;
  const p = await screenPoint(page, interior);
  const onMap = await page.evaluate(({ x, y }) => {
    const top = document.elementFromPoint(x, y);
    return Boolean(top?.closest('.map') && !top.closest('[data-map-obstacle]'));
  }, p);
  // On a phone the region list may lie over a region at the start view, and the 南海诸岛
  // inset or the map's controls may at another: use the list there.
  if (onMap) await page.mouse.click(p.x, p.y);
  else await chooseInLegend(page, id);
}

/** Chooses a region in the legend's list, unfolding it first where it is folded (a phone). */
async function chooseInLegend(page: Page, id: string) {
  const fold = page.locator('.legend-list-toggle[aria-expanded="false"]');
  if (await fold.isVisible()) await fold.click();
  await page.locator(`.legend [data-region="${id}"]`).click();
}

test.describe('the camera frames what was chosen', () => {
  test('each region and 全国 / 全球, at four sizes: every link end seen or named', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    for (const size of SIZES) {
      const phone = size.width < 600;
      await page.setViewportSize(size);
      // A query of its own: a hash-only change would not load the page again, and the
      // start view would be the one the previous size left.
      await openSettled(page, `?v=${size.width}#lang=${size.lang}`);
      const start = await page.evaluate(() => window.__regionMap!.view()!);
      for (const id of [...REGION_INTERIORS.keys(), 'national-global']) {
        await page.evaluate(() => window.__appStore!.getState().clearSelection());
        await page.evaluate((v) => window.__regionMap!.flyTo(v), start);
        await waitForCameraToSettle(page);
        if (id === 'national-global') await chooseInLegend(page, id);
        else await clickRegionOnMap(page, id);
        await expect(page).toHaveURL(new RegExp(`region=${id}`));
        await waitForCameraToSettle(page);
        const { problems, chips, arcs } = await endsInView(page, phone);
        if (hasLinks(id)) expect(arcs, `${id} draws its links`).toBeGreaterThan(0);
        expect(problems, `${id} at ${size.width}×${size.height}`).toEqual([]);
        for (const chip of chips) expect(chip.text).toMatch(/^[→←↔] \S/);
        if (id === 'national-global' && size.width === 1024) {
          // Beside the panel at 1024 the region list folds: the whole country gets the map's
          // upper left too (with the list open it was 310 px wide in the strip below it).
          await expect(page.locator('.legend .region-list')).toBeHidden();
          const west = await screenPoint(page, [73.5, 39.4]);
          const east = await screenPoint(page, [134.8, 48.4]);
          const free = await page.evaluate(
            () => document.querySelector('.panel')!.getBoundingClientRect().left,
          );
          expect(east.x - west.x).toBeGreaterThan(0.6 * free);
        }
        await screenshot(page, `framing-${size.width}x${size.height}-${id}-${projectRenderer()}`);
      }
    }
  });

  test('the network view: every link end seen or named in the map it leaves free, key folded', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const [width, height, lang] of [
      [1024, 768, 'zh'],
      [1280, 800, 'en'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await openSettled(page, `?v=${width}#overview=links&lang=${lang}`);
      await waitForCameraToSettle(page);
      // Beside the table the legend folds (its region list and its key): the map keeps the
      // rest of the width. One click opens the list.
      await expect(page.locator('.legend-key')).toBeHidden();
      await expect(page.locator('.legend .region-list')).toBeHidden();
      const listToggle = page.locator('.legend-list-toggle');
      await expect(listToggle).toHaveAttribute('aria-expanded', 'false');
      const legendRight = await page
        .locator('.legend')
        .evaluate((e) => e.getBoundingClientRect().right);
      expect(legendRight).toBeLessThan(width * 0.16);
      // The table is in (the legend folded for it): the camera's refit around it, if it
      // came late, is over.
      await waitForCameraToSettle(page);
      // In the overview the chips let the pointer through to the regions: make them
      // hit-testable, to ask what, if anything, lies over each.
      await page.evaluate(() =>
        document
          .querySelectorAll<SVGGElement>('.arcs-overlay .arc-edge')
          .forEach((chip) => (chip.style.pointerEvents = 'all')),
      );
      const { problems, arcs } = await endsInView(page, true);
      expect(arcs).toBeGreaterThan(10);
      expect(problems).toEqual([]);
      await screenshot(page, `network-frame-${width}-${lang}`);
      await listToggle.click();
      await expect(page.locator('.legend .region-list')).toBeVisible();
      await expect(page.locator('.legend .region-list .region-button')).toHaveCount(6);
    }
  });

  test('a link fits both its ends, in Chinese and English', async ({ page }) => {
    const link = 'jingjinji-ntic-guangzhou-centre';
    for (const [size, lang] of [
      [SIZES[0], 'zh'],
      [SIZES[3], 'en'],
    ] as const) {
      await page.setViewportSize(size);
      await openSettled(page, `./#region=jingjinji&lang=${lang}`);
      await waitForCameraToSettle(page);
      if (size.width < 600) await page.locator('.sheet-toggle').click();
      await page.locator(`.panel button.link-item[data-link="${link}"]`).click();
      await expect(page).toHaveURL(new RegExp(`link=${link}`));
      await waitForCameraToSettle(page);
      const { problems } = await endsInView(page, false);
      expect(problems).toEqual([]);
      await expect(page.locator(`.arcs-overlay g.arc.selected[data-link="${link}"]`)).toHaveCount(
        1,
      );
      for (const place of ['jingjinji-ntic', 'guangzhou-disruptive-centre'])
        await expect(page.locator(`.place-marker[data-place="${place}"] text`)).toHaveText(
          nameOf(place, lang),
        );
      await screenshot(page, `framing-link-${size.width}-${lang}-${projectRenderer()}`);
    }
  });

  test('a far end is a chip that names it and follows the link', async ({ page }) => {
    await openSettled(page, './#region=greater-bay-area&lang=en');
    await waitForCameraToSettle(page);
    const chip = page.locator('.arcs-overlay g.arc[data-link="hong-kong-world"] g.arc-edge');
    await expect(chip).toHaveText(`↔ ${nameOf('world', 'en')}`);
    // Shenzhen's name beside Hong Kong's: the region's short English name ("Greater Bay
    // Area", its full name in the panel's heading) leaves room for both.
    for (const place of ['shenzhen', 'hong-kong']) {
      const name = page.locator(`.place-marker[data-place="${place}"] text`);
      await expect(name).toBeVisible();
      await expect(name).toHaveText(nameOf(place, 'en'));
    }
    await expect(page.locator('.arcs-overlay [data-label="greater-bay-area"]')).toHaveText(
      'Greater Bay Area',
    );
    await chip.click();
    await expect(page).toHaveURL(/link=hong-kong-world/);
    await waitForCameraToSettle(page);
    const { problems } = await endsInView(page, false);
    expect(problems).toEqual([]);
    await expect(chip).toBeVisible();
  });

  test('search moves the map to what was chosen, with its marker', async ({ page }) => {
    await openSettled(page);
    const search = page.getByRole('combobox');
    await search.fill('香港');
    await page.getByRole('option', { name: /^香港/ }).first().click();
    await waitForCameraToSettle(page);
    const marker = page.locator('.place-marker[data-place="hong-kong"]');
    await expect(marker.locator('text')).toHaveText('香港');
    const r = (await marker.locator('circle').boundingBox())!;
    const top = await page.evaluate(
      ({ x, y }) =>
        document.elementFromPoint(x, y)?.closest('.map, [data-map-obstacle]')?.className,
      { x: r.x + r.width / 2, y: r.y + r.height / 2 },
    );
    expect(top).toBe('map');
    expect((await page.evaluate(() => window.__regionMap!.view()!)).zoom).toBeGreaterThanOrEqual(6);
  });

  test("no name lies on another place's dot, and a long place name is set on two lines", async ({
    page,
  }) => {
    // Region names and place names are placed clear of the dots at the links' ends (a
    // city's dot under a name could be neither seen nor told apart); a place's own name
    // sits beside its own dot.
    const namesOnDots = (selector: string) =>
      page.evaluate((selector) => {
        const shown = (e: Element) => !e.closest('[display="none"]');
        const names = [...document.querySelectorAll(selector)].filter(shown);
        const dots = [...document.querySelectorAll('.arcs-overlay .place-marker circle')].filter(
          shown,
        );
        const out: string[] = [];
        for (const dot of dots) {
          const d = dot.getBoundingClientRect();
          const [x, y] = [d.x + d.width / 2, d.y + d.height / 2];
          const place = dot.closest('[data-place]');
          for (const name of names) {
            if (name.closest('[data-place]') === place) continue;
            const r = name.getBoundingClientRect();
            if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
              out.push(`${name.textContent} on ${place?.getAttribute('data-place')}`);
          }
        }
        return out;
      }, selector);
    const ALL_NAMES = '.arcs-overlay .labels text, .arcs-overlay .place-marker text';
    // Every line of a place's name: how many lines that name has, and how wide the line is.
    const nameLines = () =>
      page
        .locator('.arcs-overlay .place-marker text:not([display="none"]) tspan')
        .evaluateAll((spans) =>
          spans.map((s) => ({
            lines: s.parentElement!.childElementCount,
            width: s.getBoundingClientRect().width,
          })),
        );
    let wrapped = 0;
    // In English at the start, with nothing chosen, a region's name may have to lie on a
    // dot in the crowded south rather than be hidden: there only places' names are checked.
    for (const [i, [hash, names]] of (
      [
        ['', ALL_NAMES],
        ['#region=greater-bay-area', ALL_NAMES],
        ['#region=middle-yangtze&lang=en', ALL_NAMES],
        ['#lang=en', '.arcs-overlay .place-marker text'],
      ] as const
    ).entries()) {
      // A query of its own: a hash-only change would not load the page again.
      await openSettled(page, `./?v=${i}${hash}`);
      await waitForCameraToSettle(page);
      expect(await page.locator('.arcs-overlay .place-marker circle').count()).toBeGreaterThan(2);
      expect(await namesOnDots(names), hash || 'start').toEqual([]);
      // The innovation centres' long English names are set on lines, none wider than the
      // map can spare (one line had run 300 px across a region and its places).
      const lines = await nameLines();
      expect(Math.max(...lines.map((l) => l.width)), hash).toBeLessThan(200);
      wrapped += lines.filter((l) => l.lines > 1).length;
    }
    expect(wrapped).toBeGreaterThan(0);
  });

  test("no place's dot lies on another's, and each link ends at its place's dot", async ({
    page,
  }) => {
    // 深圳 and 香港 are 25 km apart: at the country's scale their dots lay on each other
    // (4 px apart, 9 px across), one dot with one name. They are drawn apart, and the
    // links to each end at its own dot.
    for (const [width, height, hash] of [
      [1280, 800, ''],
      [390, 844, '#lang=en'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await openSettled(page, `./?v=${width}${hash}`);
      await waitForStillMap(page);
      const { dots, close, ends } = await page.evaluate(() => {
        const centre = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        };
        const dots = [...document.querySelectorAll('.arcs-overlay .place-marker')]
          .filter((g) => !g.closest('[display="none"]'))
          .map((g) => ({ id: g.getAttribute('data-place')!, c: g.querySelector('circle')! }))
          .filter(({ c }) => c.getAttribute('display') !== 'none')
          .map(({ id, c }) => ({ id, ...centre(c) }));
        const close: string[] = [];
        for (const [i, a] of dots.entries())
          for (const b of dots.slice(i + 1))
            if (Math.hypot(a.x - b.x, a.y - b.y) < 10) close.push(`${a.id} on ${b.id}`);
        // The Hubei–Shenzhen link's drawn end, and 深圳's dot.
        const line = document.querySelector<SVGPathElement>(
          '.arcs-overlay g.arc[data-link="hubei-shenzhen-joint-events"] path.arc-hit',
        );
        const shenzhen = dots.find((d) => d.id === 'shenzhen');
        let ends = null;
        if (line && shenzhen) {
          const m = line.getScreenCTM()!;
          const p = [0, line.getTotalLength()].map((l) =>
            line.getPointAtLength(l).matrixTransform(m),
          );
          ends = Math.min(...p.map((q) => Math.hypot(q.x - shenzhen.x, q.y - shenzhen.y)));
        }
        return { dots: dots.length, close, ends };
      });
      expect(dots, `${width}`).toBeGreaterThan(4);
      expect(close, `${width}`).toEqual([]);
      expect(ends, `${width}`).not.toBeNull();
      expect(ends!, `${width}`).toBeLessThan(1.5);
      // Each named where there is room: at 1280 深圳's name goes to its dot's corner.
      if (width === 1280)
        for (const place of ['shenzhen', 'hong-kong'])
          await expect(page.locator(`.place-marker[data-place="${place}"] text`)).toBeVisible();
    }
  });

  test("no far end's chip lies on a name, and each chip holds its whole name where there is room", async ({
    page,
  }) => {
    // A chip sits where its link leaves the visible map; the names keep clear of it (a
    // region's name moves aside, a place's is left out). These four each had a name
    // under a chip (up to 2,568 px² of "Yangtze River Delta" at 1024 in English).
    const namesUnderChips = () =>
      page.evaluate(() => {
        const chips = [...document.querySelectorAll('g.arc-edge[data-edge-for] rect')];
        const names = [
          ...document.querySelectorAll('.arcs-overlay .labels text, .arcs-overlay .places text'),
        ].filter((t) => !t.closest('[display="none"]') && t.textContent);
        const out: string[] = [];
        for (const chip of chips) {
          const c = chip.getBoundingClientRect();
          for (const name of names) {
            const n = name.getBoundingClientRect();
            const w = Math.min(c.right, n.right) - Math.max(c.left, n.left);
            const h = Math.min(c.bottom, n.bottom) - Math.max(c.top, n.top);
            // More than 4 px each way: a text's box runs a little above and below its
            // letters (18 px for 15 px type), and a name may come up to a chip's border.
            if (w > 4 && h > 4)
              out.push(`${chip.parentElement!.textContent} on ${name.textContent}`);
          }
        }
        // Each chip's name within its box; shortened ('…') only on a narrow map.
        for (const chip of chips) {
          const c = chip.getBoundingClientRect();
          const t = chip.parentElement!.querySelector('text')!.getBoundingClientRect();
          if (t.left < c.left || t.right > c.right || t.top < c.top || t.bottom > c.bottom)
            out.push(`${chip.parentElement!.textContent} runs out of its chip`);
        }
        const cut = chips
          .map((chip) => chip.parentElement!.textContent!)
          .filter((text) => text.endsWith('…'));
        return { chips: chips.length, out, cut };
      });
    for (const [width, height, hash] of [
      [1024, 768, '#region=middle-yangtze&lang=en'],
      [1024, 768, '#region=national-global&lang=en'],
      [1280, 800, '#region=national-global&lang=en'],
      [390, 844, ''],
    ] as const) {
      await page.setViewportSize({ width, height });
      // A query of its own: a fresh first view at this size.
      await openSettled(page, `./?v=${width}${hash}`);
      await waitForCameraToSettle(page);
      const { chips, out, cut } = await namesUnderChips();
      expect(chips, `${width} ${hash}`).toBeGreaterThan(0);
      expect(out, `${width} ${hash}`).toEqual([]);
      // '↔ Yangtze River Economic Belt' had been cut to '↔ Yangtze River Economi…' at 1280,
      // and '↔ Yangtze River Econ…' at 1024 beside a panel: with room, a long name takes a
      // second line (on a phone it stays one line, shortened).
      if (width >= 1024) expect(cut, `${width} ${hash}`).toEqual([]);
    }
  });

  test('with nothing chosen, all five regions are named and no name lies on another, at four sizes, in Chinese and English', async ({
    page,
  }) => {
    // On a phone in English "Middle Yangtze" had been hidden: "Yangtze River Delta", placed
    // before it, had taken the last room near it, and had room elsewhere.
    const unnamed = () =>
      page.evaluate(() => {
        const out: string[] = [];
        const map = document.querySelector('.map')!.getBoundingClientRect();
        for (const name of document.querySelectorAll<SVGTextElement>(
          '.arcs-overlay .labels text',
        )) {
          const id = name.getAttribute('data-label');
          if (name.closest('[display="none"]')) {
            out.push(`${id} hidden`);
            continue;
          }
          const r = name.getBoundingClientRect();
          const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
          if (r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom)
            out.push(`${id} off the map`);
          // Its middle is under nothing: the names let the pointer through to the map, so
          // what is hit there is the map's drawing, not the legend, a panel, the inset, the
          // controls, a note or a far end's chip.
          else {
            const top = document.elementsFromPoint(x, y)[0];
            if (!top?.closest('.map') || top.closest('[data-map-obstacle], .arc-edge'))
              out.push(`${id} under ${top?.tagName} ${top?.getAttribute('class')}`);
          }
        }
        // No name drawn on another, the places' included. A text's box runs a little
        // above and below its letters (19 px for 13 px Chinese), so more than 4 px each way:
        // on a phone 京津冀国家技术创新中心 had been drawn 4–5 px below its place, into 黄河流域.
        const shown = [
          ...document.querySelectorAll('.arcs-overlay .labels text, .arcs-overlay .places text'),
        ].filter((t) => !t.closest('[display="none"]') && t.textContent);
        shown.forEach((a, i) => {
          const r = a.getBoundingClientRect();
          for (const b of shown.slice(i + 1)) {
            const o = b.getBoundingClientRect();
            const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
            const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
            if (w > 4 && h > 4) out.push(`${a.textContent} on ${b.textContent}`);
          }
        });
        return out;
      });
    for (const [width, height] of [
      [1024, 768],
      [1280, 800],
      [1920, 1080],
      [390, 844],
    ] as const) {
      for (const lang of ['zh', 'en']) {
        await page.setViewportSize({ width, height });
        await openSettled(page, `./?v=${width}${lang}#lang=${lang}`);
        await waitForStillMap(page);
        await expect(page.locator('.arcs-overlay .labels text')).toHaveCount(5);
        expect(await unnamed(), `${width} ${lang}`).toEqual([]);
      }
    }
    await screenshot(page, 'phone-en-five-names');
  });

  test("no link's line runs through a region's or a place's name where there is room beside it", async ({
    page,
  }) => {
    // A region's name moves off the links' lines where it can (a line through a name is
    // hard to read): each of these names had a link drawn through it (at the start, and
    // 粤港澳大湾区's chosen link through 长三角 too). A link that ends at
    // the name (the region's own) is not a line through it. (Where the lines are many, as
    // across 长江中游 at the start, a name may still have none beside it.) A place's name
    // too ("place:" ids): at 1280 in English the links to Shanghai and to the world had run
    // through "Beijing–Tianjin–Hebei National Technology Innovation Center", two more
    // through "Hunan"; its own links may touch it where they leave its dot.
    const crossed = (ids: readonly string[]) =>
      page.evaluate((ids) => {
        const lines = [...document.querySelectorAll<SVGPathElement>('.arcs-overlay .arc-line')];
        const out: string[] = [];
        for (const id of ids) {
          const place = id.startsWith('place:') ? id.slice(6) : null;
          const name = document.querySelector(
            place
              ? `.arcs-overlay .places [data-place="${place}"] text`
              : `.arcs-overlay .labels [data-label="${id}"]`,
          );
          const dot = place
            ? document
                .querySelector(`.arcs-overlay .places [data-place="${place}"] circle`)
                ?.getBoundingClientRect()
            : null;
          if (!name || name.closest('[display="none"]')) {
            out.push(`${id} not shown`);
            continue;
          }
          // The letters, within the text's box (18 px high for 15 px type).
          const r = name.getBoundingClientRect();
          const inName = (p: DOMPoint) =>
            p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;
          for (const line of lines) {
            const m = line.getScreenCTM()!;
            const length = line.getTotalLength();
            const points = Array.from({ length: 61 }, (_, i) =>
              line.getPointAtLength((i / 60) * length).matrixTransform(m),
            );
            if (inName(points[0]!) || inName(points.at(-1)!)) continue;
            // A place's own link may touch its name where it leaves the dot (10 px).
            const fromDot = (p: DOMPoint) =>
              dot !== null &&
              dot !== undefined &&
              Math.hypot(p.x - (dot.left + dot.width / 2), p.y - (dot.top + dot.height / 2)) < 10;
            if (
              points.some(
                (p) =>
                  !fromDot(p) &&
                  p.x > r.left + 2 &&
                  p.x < r.right - 2 &&
                  p.y > r.top + 3 &&
                  p.y < r.bottom - 3,
              )
            )
              out.push(`${line.closest('[data-link]')?.getAttribute('data-link')} through ${id}`);
          }
        }
        return { lines: lines.length, out };
      }, ids);
    for (const [width, height, hash, ids] of [
      [1280, 800, '', ['jingjinji', 'greater-bay-area']],
      [1024, 768, '#lang=en', ['jingjinji', 'greater-bay-area']],
      [1920, 1080, '#region=greater-bay-area', ['greater-bay-area', 'yangtze-delta']],
      [390, 844, '', ['greater-bay-area']],
      [1280, 800, '#lang=en', ['place:jingjinji-ntic', 'place:hunan']],
      [1280, 800, '#region=yangtze-delta&lang=en', ['place:jingjinji-ntic']],
    ] as const) {
      await page.setViewportSize({ width, height });
      await openSettled(page, `./?v=${width}${hash}`);
      await waitForStillMap(page);
      const { lines, out } = await crossed(ids);
      expect(lines, `${width} ${hash}`).toBeGreaterThan(0);
      expect(out, `${width} ${hash}`).toEqual([]);
    }
  });

  test("a far end's chip sits where its link leaves the map, not at the legend's edge on the chosen region", async ({
    page,
  }) => {
    // In English the legend is wider: the link to Africa passes under it and out below,
    // and its chip had been put at the legend's edge, inside 长江中游 itself (362 px from
    // the map's left side).
    await page.setViewportSize({ width: 1280, height: 800 });
    await openSettled(page, './?v=africa#region=middle-yangtze&lang=en');
    await waitForCameraToSettle(page);
    const chip = page.locator('g.arc-edge[data-edge-for]', { hasText: 'Africa' }).locator('rect');
    await expect(chip).toBeVisible();
    const c = (await chip.boundingBox())!;
    const map = (await page.locator('.map').boundingBox())!;
    const fromEdge = Math.min(
      c.x - map.x,
      c.y - map.y,
      map.x + map.width - (c.x + c.width),
      map.y + map.height - (c.y + c.height),
    );
    // Chips keep 8 px in from the map's sides; 55 px when it stopped a 64th of its curve short.
    expect(fromEdge).toBeLessThan(20);
  });

  test('a shared #map= view is kept exactly, also with a region', async ({ page }) => {
    await openSettled(page, './#map=6/30.5/114.3&region=yangtze-delta');
    await waitForCameraToSettle(page);
    expect(new URL(page.url()).hash).toContain('map=6/30.5/114.3');
    const view = await page.evaluate(() => window.__regionMap!.view()!);
    expect(view.zoom).toBeCloseTo(6, 2);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap selects, leaves no tooltip, and the sheet shows the region, its numbers and key', async ({
    page,
  }) => {
    await openSettled(page);
    const p = await screenPoint(page, REGION_INTERIORS.get('yangtze-delta')!);
    await page.touchscreen.tap(p.x, p.y);
    await expect(page).toHaveURL(/region=yangtze-delta/);
    await expect(page.locator('.map-tooltip')).toHaveCount(0);
    const sheet = page.locator('.sheet');
    await expect(sheet).toHaveAttribute('data-sheet', 'collapsed');
    await expect(sheet.locator('.sheet-title')).toHaveText('长三角');
    await expect(sheet.locator('.sheet-counts')).toHaveText(/\d+ 条观点 · \d+ 条合作链接/);
    await expect(sheet.locator('.sheet-key li').first()).toBeVisible();
    const header = (await page.locator('.topbar').boundingBox())!;
    expect(header.height / 844).toBeLessThan(0.15);
    await sheet.locator('.sheet-toggle').click();
    await expect(sheet).toHaveAttribute('data-sheet', 'expanded');
    await expect(page.locator('.panel blockquote').first()).toBeVisible();
    // The camera moves the region into the strip of map the expanded sheet leaves.
    await waitForStillMap(page);
    const q = await screenPoint(page, REGION_INTERIORS.get('yangtze-delta')!);
    const onMap = await page.evaluate(({ x, y }) => {
      const top = document.elementFromPoint(x, y);
      return Boolean(top?.closest('.map') && !top.closest('[data-map-obstacle]'));
    }, q);
    expect(onMap, '长三角 above the expanded sheet').toBe(true);
    await screenshot(page, `phone-sheet-expanded-${projectRenderer()}`);
  });

  test('the legend folds to its title, the note sits beside it, and the map has the rest', async ({
    page,
  }) => {
    for (const lang of ['zh', 'en']) {
      // As this machine's reader gets it (the SVG map, with its note), fresh in each language.
      await openMap(page, `./?v=${lang}#lang=${lang}`);
      const legend = page.locator('.legend');
      const title = legend.getByRole('button', {
        name: lang === 'zh' ? '五个区域' : 'Five regions',
      });
      await expect(title).toHaveAttribute('aria-expanded', 'false');
      await expect(legend.locator('.region-button').first()).toBeHidden();
      // Shown once the renderer is known: this machine draws WebGL in software.
      await expect(page.locator('.map-mode-note')).toBeVisible();
      const seen = await page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        const [l, n, z] = [box('.legend'), box('.map-mode-note'), box('.zoom-buttons')];
        const apart = (a: DOMRect, b: DOMRect) =>
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        const top = document.elementFromPoint(n.x + n.width / 2, n.y + n.height / 2);
        return {
          legendHeight: Math.round(l.height),
          noteOnTop: Boolean(top?.closest('.map-mode-note')),
          noteApart: apart(n, l) && apart(n, z),
          noteTop: Math.round(n.top - box('.map').top),
          switchBesideTitle: box('.lang-switch').top < box('.brand h1').bottom,
          searchBelow: box('.search').top >= box('.lang-switch').bottom,
        };
      });
      // Folded, the legend is one line; the note lies in the top row, not below the controls
      // (there it had split the map, and China was framed in its lower half).
      expect(seen.legendHeight, lang).toBeLessThan(50);
      expect(seen, lang).toMatchObject({ noteOnTop: true, noteApart: true });
      expect(seen.noteTop, lang).toBeLessThan(30);
      // The header is two rows: the title beside the language switch, then the search (the
      // English title on a row of its own had pushed the switch below it).
      expect(seen, lang).toMatchObject({ switchBesideTitle: true, searchBelow: true });
      await title.click();
      await expect(title).toHaveAttribute('aria-expanded', 'true');
      await legend.locator('.region-button[data-region="yangtze-delta"]').click();
      await expect(page).toHaveURL(/region=yangtze-delta/);
    }
  });
});

test.describe('the hand-over', () => {
  test('a drag that starts on the SVG map ends where MapLibre takes over', async ({ page }) => {
    test.skip(projectRenderer() !== 'maplibre', 'needs WebGL2');
    // MapLibre starts once the topology is in: it is held until the drag has begun, so
    // MapLibre cannot take over before the drag (on a loaded machine it had, now and then).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/geo/china.topo.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(withRenderer('./'));
    const map = page.locator('.map');
    await expect(map).toHaveAttribute('data-map-state', 'ready');
    await expect(map).toHaveAttribute('data-renderer', 'svg');
    const box = (await map.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const before = await page.evaluate(() => window.__regionMap!.view()!);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 60, y + 20, { steps: 4 });
    release();
    // MapLibre has drawn and asks to take over: the camera holds it until the drag ends.
    await page.waitForFunction(() => window.__regionMap!.handOverPending(), undefined, {
      timeout: 45_000,
      polling: 100,
    });
    await expect(map).toHaveAttribute('data-renderer', 'svg');
    await page.mouse.move(x - 160, y + 60, { steps: 6 });
    await page.mouse.up();
    await expect(map).toHaveAttribute('data-renderer', 'maplibre', { timeout: 30_000 });
    await waitForCameraToSettle(page);
    await expect.poll(() => page.url()).toContain('map=');
    const after = await page.evaluate(() => window.__regionMap!.view()!);
    expect(Math.abs(after.lng - before.lng)).toBeGreaterThan(0.5);
    // The overlay follows MapLibre's camera: a place's marker is drawn where MapLibre's
    // projection puts the place (a region's name may be moved aside, off a dot).
    const coordinates = Object.fromEntries(places.places.map((p) => [p.id, p.coordinates]));
    const check = await page.evaluate((at) => {
      const [, z, lat, lng] = /map=([\d.]+)\/([\d.-]+)\/([\d.-]+)/.exec(location.hash)!.map(Number);
      const view = window.__regionMap!.view()!;
      const map = document.querySelector('.map')!.getBoundingClientRect();
      const [cx, cy] = window.__regionMap!.project([lng!, lat!]);
      const marker = [
        ...document.querySelectorAll<SVGGElement>('.arcs-overlay g[data-place]'),
      ].find((g) => at[g.dataset.place!])!;
      const [tx, ty] = /translate\(([-\d.]+),([-\d.]+)\)/
        .exec(marker.getAttribute('transform')!)!
        .slice(1)
        .map(Number);
      const [px, py] = window.__regionMap!.project(at[marker.dataset.place!]!);
      return {
        zoom: Math.abs(z! - view.zoom),
        url: Math.hypot(cx - map.width / 2, cy - map.height / 2),
        overlay: Math.hypot(tx! - px, ty! - py),
      };
    }, coordinates);
    expect(check.zoom).toBeLessThan(0.01);
    expect(check.url).toBeLessThan(1.5);
    expect(check.overlay).toBeLessThan(1);
  });
});
