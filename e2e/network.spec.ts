import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { csvParse } from 'd3-dsv';
import type { Page } from '@playwright/test';
import { expect, openMap, screenshot, test, waitForCameraToSettle } from './fixtures';

const DATA = 'data/briefings/pujiang-2023-07';
type Link = {
  id: string;
  from: string;
  to: string;
  kind: string;
  evidence: { speaker: string | null }[];
};
type Place = {
  id: string;
  region: string | null;
  coordinates: [number, number] | null;
};
const { links, kinds } = JSON.parse(readFileSync(`${DATA}/links.json`, 'utf8')) as {
  links: Link[];
  kinds: { id: string }[];
};
const { places } = JSON.parse(readFileSync(`${DATA}/places.json`, 'utf8')) as { places: Place[] };
const { regions } = JSON.parse(readFileSync('data/regions.json', 'utf8')) as {
  regions: { id: string }[];
};
const { viewpoints } = JSON.parse(readFileSync(`${DATA}/viewpoints.json`, 'utf8')) as {
  viewpoints: unknown[];
};

const isRegion = (id: string) => regions.some((r) => r.id === id);
const place = (id: string) => places.find((p) => p.id === id);
const regionOf = (id: string) => (isRegion(id) ? id : (place(id)?.region ?? null));
/**
 * An end the map can draw: a region, a place with a point or a region, or a place far away
 * (the world, the belt as a whole), drawn as a chip at the edge.
 */
const locatable = (id: string) =>
  isRegion(id) || Boolean(place(id)) || Boolean(place(id)?.coordinates);
const drawable = links.filter((l) => locatable(l.from) && locatable(l.to));

const rows = (page: Page) => page.locator('.links-table tbody tr');
const arc = (page: Page, id: string) => page.locator(`.arcs-overlay g.arc[data-link="${id}"]`);

async function columnTexts(page: Page, col: string): Promise<string[]> {
  return page.locator(`.links-table tbody td[data-col="${col}"]`).allInnerTexts();
}

/** Is `texts` in the order the page's own collator gives (the table's rule)? */
async function sortedLike(page: Page, texts: string[], lang: string) {
  return page.evaluate(
    ({ texts, lang }) => {
      const c = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN-u-co-pinyin' : 'en', {
        numeric: true,
      });
      return texts.every((t, i) => i === 0 || c.compare(texts[i - 1]!, t) <= 0);
    },
    { texts, lang },
  );
}

/** A point where a link's hit line is the topmost thing under the pointer (not covered). */
async function pointOnALink(page: Page): Promise<{ x: number; y: number; link: string }> {
  const found = await page.evaluate(() => {
    for (const hit of document.querySelectorAll<SVGPathElement>('.arcs-overlay path.arc-hit')) {
      const length = hit.getTotalLength();
      const ctm = hit.getScreenCTM();
      if (!length || !ctm) continue;
      for (const f of [0.5, 0.3, 0.7]) {
        const p = hit.getPointAtLength(length * f).matrixTransform(ctm);
        if (document.elementFromPoint(p.x, p.y) === hit)
          return { x: p.x, y: p.y, link: hit.closest('[data-link]')!.getAttribute('data-link')! };
      }
    }
    return null;
  });
  expect(found, 'a link the pointer can reach').not.toBeNull();
  return found!;
}

/**
 * In the network view the links take the pointer; a wheel or a drag begun on one must
 * still move the map (they lie over the map, outside the renderer's element), and the
 * drag's release must not choose the link.
 */
async function gesturesOnALink(page: Page) {
  const view = () => page.evaluate(() => window.__regionMap!.view()!);
  const before = await view();
  const wheelAt = await pointOnALink(page);
  await page.mouse.move(wheelAt.x, wheelAt.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await view()).zoom).toBeGreaterThan(before.zoom + 0.2);
  await waitForCameraToSettle(page);
  const zoomed = await view();
  const dragFrom = await pointOnALink(page);
  await page.mouse.move(dragFrom.x, dragFrom.y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(dragFrom.x - 20 * i, dragFrom.y - 10 * i);
  await page.mouse.up();
  await waitForCameraToSettle(page);
  const dragged = await view();
  expect(dragged.lng).toBeGreaterThan(zoomed.lng);
  expect(dragged.lat).toBeLessThan(zoomed.lat);
  expect(page.url()).not.toContain('link=');
  await expect(page.locator('.arcs-overlay[data-link-selected]')).toHaveCount(0);
}

test.describe('the cooperation network', () => {
  // Each test walks a whole journey (several loads; sizes and languages in one loop).
  test.describe.configure({ timeout: 180_000 });

  test('the links table lists, sorts, filters and selects every link', async ({ page }) => {
    await openMap(page, '#overview=links');
    await expect(rows(page)).toHaveCount(links.length);

    // The data's order is not sorted by "from": a sort that did nothing would show.
    expect(await sortedLike(page, await columnTexts(page, 'from'), 'zh')).toBe(false);
    // Sorting: each column ascending, then descending, by the text it shows.
    for (const col of ['from', 'to', 'kind', 'directed', 'speakers', 'paragraphs', 'basis']) {
      const header = page.locator(`.links-table th[data-col="${col}"]`);
      await header.getByRole('button').click();
      await expect(header).toHaveAttribute('aria-sort', 'ascending');
      // The rows are rendered with the header, in the click's own frame.
      const up = await columnTexts(page, col);
      expect(await sortedLike(page, up, 'zh'), `${col} ascending`).toBe(true);
      await header.getByRole('button').click();
      await expect(header).toHaveAttribute('aria-sort', 'descending');
      const down = await columnTexts(page, col);
      expect(await sortedLike(page, [...down].reverse(), 'zh'), `${col} descending`).toBe(true);
      if (new Set(up).size > 1) expect(down).not.toEqual(up);
    }

    // Filters: region (either end), kind, speaker.
    const filter = (name: string) => page.locator(`select[data-filter="${name}"]`);
    const region = 'middle-yangtze';
    await filter('region').selectOption(region);
    await expect(rows(page)).toHaveCount(
      links.filter((l) => regionOf(l.from) === region || regionOf(l.to) === region).length,
    );
    await filter('region').selectOption('');
    const kind = 'innovation-corridor';
    await filter('kind').selectOption(kind);
    await expect(rows(page)).toHaveCount(links.filter((l) => l.kind === kind).length);
    await filter('kind').selectOption('');
    const speaker = 'wu-jun';
    await filter('speaker').selectOption(speaker);
    await expect(rows(page)).toHaveCount(
      links.filter((l) => l.evidence.some((e) => e.speaker === speaker)).length,
    );
    await filter('speaker').selectOption('');
    await expect(rows(page)).toHaveCount(links.length);

    // A row selects its arc on the map…
    const chosen = drawable.find((l) => regionOf(l.from) !== regionOf(l.to))!;
    await page.locator(`.links-table tr[data-link="${chosen.id}"] .row-select`).click();
    await expect(arc(page, chosen.id)).toHaveClass(/\bselected\b/);
    await expect(page.locator(`.links-table tr[data-link="${chosen.id}"]`)).toHaveClass(/selected/);
    await waitForCameraToSettle(page);
    await screenshot(page, 'network-table-row-selected-1280-zh');

    // …and an arc clicked on the map marks its row.
    await page.keyboard.press('Escape');
    await waitForCameraToSettle(page);
    // An arc whose middle is in sight (not under the table or the legend).
    let other: Link | undefined;
    let point = { x: 0, y: 0 };
    for (const candidate of drawable.filter((l) => l.id !== chosen.id)) {
      if ((await arc(page, candidate.id).count()) === 0) continue;
      point = await arcMiddle(page, candidate.id);
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('g.arc')?.getAttribute('data-link'),
        [point.x, point.y],
      );
      if (hit === candidate.id) {
        other = candidate;
        break;
      }
    }
    expect(other, 'an arc on the map that can be clicked').toBeTruthy();
    await page.mouse.click(point.x, point.y);
    const row = page.locator(`.links-table tr[data-link="${other!.id}"]`);
    await expect(row).toHaveClass(/selected/);
    await expect(row.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    await expect(row).toBeInViewport();

    expect(await seriousA11yIssues(page)).toEqual([]);
  });

  test('the links table and the matrix fit their view at 1024 and 1280 in English, and on a phone: no column cut off to the side; no Chinese name broken mid-word', async ({
    page,
  }) => {
    for (const [width, height, lang] of [
      [1024, 768, 'en'],
      [1280, 800, 'en'],
      [1024, 768, 'zh'],
      // On a phone each link is a card and the matrix's heads run upward (in columns the
      // table had scrolled sideways, "Direction" cut at the edge, and so had the matrix).
      [390, 844, 'en'],
      [390, 844, 'zh'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await openMap(page, `?v=${width}-${lang}#overview=links&lang=${lang}`);
      const scroll = page.locator('.links-table-scroll');
      await expect(scroll.locator('tbody tr').first()).toBeVisible();
      // The header is one row with the title on one line ('Regional / Innovation Map' on
      // two had made it 98 px tall at 1024, a third more than in Chinese).
      if (width >= 1024)
        expect(
          (await page.locator('.topbar').boundingBox())!.height,
          `header at ${width}`,
        ).toBeLessThan(72);
      const { scrollWidth, clientWidth } = await scroll.evaluate((e) => ({
        scrollWidth: e.scrollWidth,
        clientWidth: e.clientWidth,
      }));
      expect(scrollWidth, `${width}`).toBeLessThanOrEqual(clientWidth);
      // No cell's text in Chinese ends on a line of one character (京津冀国家 / 技术创新中
      // / 心 and 简报原 / 文 at 1024).
      if (lang === 'zh' && width >= 1024) {
        const orphans = await scroll.locator('tbody td').evaluateAll((cells) =>
          cells.flatMap((td) => {
            const rows = new Map<number, string>();
            const walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
            for (let node = walk.nextNode(); node; node = walk.nextNode()) {
              const text = node.textContent!;
              for (let i = 0; i < text.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const r = range.getBoundingClientRect();
                if (r.height)
                  rows.set(Math.round(r.top), (rows.get(Math.round(r.top)) ?? '') + text[i]);
              }
            }
            const lines = [...rows.values()].map((l) => l.trim()).filter(Boolean);
            return lines.length > 1 && lines.some((l) => [...l].length < 2)
              ? [lines.join(' / ')]
              : [];
          }),
        );
        expect(orphans, `${width}`).toEqual([]);
      }
      // The last column's header is on screen, not under the edge.
      const basis = await page.getByRole('columnheader', { name: /Basis|依据/ }).boundingBox();
      expect(basis!.x + basis!.width, `${width}`).toBeLessThanOrEqual(width);
      // So is the region matrix's last column.
      await page.locator('.network-tab[data-tab="matrix"]').click();
      const matrix = page.locator('.matrix-view');
      await expect(matrix.locator('.region-matrix')).toBeVisible();
      const overflow = await matrix.evaluate((e) => e.scrollWidth - e.clientWidth);
      expect(overflow, `matrix at ${width} ${lang}`).toBeLessThanOrEqual(0);
      // Its caption is read whole, on screen.
      const caption = (await matrix.locator('caption').boundingBox())!;
      expect(caption.x + caption.width, `caption at ${width} ${lang}`).toBeLessThanOrEqual(width);
      if (lang !== 'zh') continue;
      // Every line of a region's name in the heads holds two characters or more: the
      // 56 px columns had read 长江中 / 游, 黄河流 / 域, 五区之 / 外; on a phone no name is
      // broken at all (京津 / 冀 had been three lines). A line of the upright heads is a
      // column of characters.
      const lines = await matrix.locator('th').evaluateAll((heads) =>
        heads.map((th) => {
          const text = th.firstChild!;
          const upright = getComputedStyle(th).writingMode.startsWith('vertical');
          const range = document.createRange();
          const at = new Map<number, string>();
          for (let i = 0; i < text.textContent!.length; i++) {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const r = range.getBoundingClientRect();
            const line = Math.round(upright ? r.left : r.top);
            at.set(line, (at.get(line) ?? '') + text.textContent![i]);
          }
          return [...at.values()];
        }),
      );
      const broken = (l: string[]) => (width < 600 ? l.length > 1 : l.some((x) => x.length < 2));
      expect(lines.filter(broken), `${width}`).toEqual([]);
    }
  });

  test('beside the network view a kept #map= view puts no name or chip under the view or the inset', async ({
    page,
  }) => {
    // A view from the URL is kept: the camera does not refit when the view's chunk
    // arrives, so the names and chips must move off it themselves (in English, with the
    // wider table, names had run under it: "Beijing–Tian…" cut at its edge).
    await openMap(page, '?v=kept#map=3.9/31/122.5&overview=links&lang=en');
    await expect(page.locator('.links-table tbody tr').first()).toBeVisible();
    await waitForCameraToSettle(page);
    const covered = await page.evaluate(() => {
      const out: string[] = [];
      const items = [
        ...document.querySelectorAll('.arcs-overlay .labels text, .arcs-overlay .places text'),
        ...document.querySelectorAll('.arcs-overlay g.arc-edge[data-edge-for] rect'),
      ].filter((e) => !e.closest('[display="none"]'));
      for (const item of items) {
        const r = item.getBoundingClientRect();
        if (!r.width) continue;
        const y = r.top + r.height / 2;
        for (const x of [r.left + 3, r.left + r.width / 2, r.right - 3]) {
          const cover = document.elementFromPoint(x, y)?.closest('[data-map-obstacle]');
          if (cover) out.push(`${item.parentElement!.textContent} under ${cover.className}`);
        }
      }
      return { items: items.length, out };
    });
    expect(covered.items).toBeGreaterThan(10);
    expect(covered.out).toEqual([]);
  });

  test('on a phone the note on how the map is drawn leaves the map to the network view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openMap(page, '?v=phone#lang=en');
    // Shown at the start (this machine draws WebGL in software), gone with the network view.
    const note = page.locator('.map').getByRole('note');
    await expect(note).toBeVisible();
    await page.goto('./?v=phone#lang=en&overview=links');
    await expect(page.locator('.links-table tbody tr').first()).toBeVisible();
    await expect(note).toBeHidden();
    // The far ends' chips can be read in the little map above the view: "Yangtze River
    // Delta" had lain on the belt's chip.
    await waitForCameraToSettle(page);
    expect(await namesOnChips(page)).toEqual([]);
  });

  test('kind filters hide and show arcs and rows, and survive a reload', async ({ page }) => {
    await openMap(page, '#overview=links');
    // Beside the network view on a screen under 1400 px the legend's key is folded, so the
    // map keeps room for the network; one click opens it.
    const keyToggle = page.locator('.legend-key-toggle');
    await expect(keyToggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.legend-key')).toBeHidden();
    await keyToggle.click();
    const kind = 'innovation-corridor';
    const toggle = page.locator(`.kind-list li[data-kind="${kind}"] button`);
    const arcsOfKind = page.locator(`.arcs-overlay :is(g.arc, g.corridor)[data-kind="${kind}"]`);
    const rowsOfKind = () =>
      page.locator('.links-table tbody tr').filter({
        has: page.locator('td[data-col="kind"]', { hasText: /G60|走廊|orridor/ }),
      });
    const count = links.filter((l) => l.kind === kind).length;
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toContainText(String(count));
    await expect(arcsOfKind).toHaveCount(drawable.filter((l) => l.kind === kind).length);
    await expect(rows(page)).toHaveCount(links.length);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(arcsOfKind).toHaveCount(0);
    await expect(rows(page)).toHaveCount(links.length - count);
    expect(page.url()).toContain(
      `kinds=${kinds
        .filter((k) => k.id !== kind)
        .map((k) => k.id)
        .join(',')}`,
    );

    await page.reload();
    await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
    await keyToggle.click();
    await expect(page.locator(`.kind-list li[data-kind="${kind}"] button`)).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(arcsOfKind).toHaveCount(0);
    await expect(rows(page)).toHaveCount(links.length - count);
    expect(await rowsOfKind().count()).toBe(0);

    await page.locator(`.kind-list li[data-kind="${kind}"] button`).click();
    await expect(arcsOfKind).toHaveCount(drawable.filter((l) => l.kind === kind).length);
    await expect(rows(page)).toHaveCount(links.length);
    expect(page.url()).not.toContain('kinds=');
  });

  test('the overview draws every link once and the matrix counts them', async ({ page }) => {
    // The view in the URL frames the network in the map area the network view leaves free.
    for (const [width, height, map] of [
      [1280, 800, '3.9/31/122.5'],
      [390, 844, '2.9/17/113'],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const lang of ['zh', 'en']) {
        await openMap(page, `?v=${width}-${lang}#map=${map}&overview=links&lang=${lang}`);
        await waitForCameraToSettle(page);
        const ids = await page
          .locator('.arcs-overlay :is(g.arc, g.corridor)[data-link]')
          .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-link')));
        expect(ids.sort()).toEqual(drawable.map((l) => l.id).sort());
        // Every far end's chip can be read: no region's name lies on one (on a phone in
        // English "Yangtze River Delta" had hidden the belt's chip).
        expect(await namesOnChips(page)).toEqual([]);
        // Every count of links between two regions can be read: none lies under a name or
        // on a place's dot (at 1280 one was under 长三角, and in English under "Yangtze
        // River Delta"). A phone's map has no clear spot for every count.
        if (width >= 1024) expect(await countsOnNames(page)).toEqual([]);
        await screenshot(page, `network-overview-${width}-${lang}`);
        if (width === 1280 && lang === 'zh') await gesturesOnALink(page);
        await page.locator('.network-tab[data-tab="matrix"]').click();
        await expect(page.locator('.region-matrix')).toBeVisible();
        await screenshot(page, `network-matrix-${width}-${lang}`);
      }
    }
    // MapLibre takes its gestures on its own element: those begun on a link are handed to it.
    if (test.info().project.name === 'webgl') {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openMap(page, '?renderer=maplibre#map=3.9/31/122.5&overview=links', 'maplibre');
      await waitForCameraToSettle(page);
      await gesturesOnALink(page);
      await page.locator('.network-tab[data-tab="matrix"]').click();
    }
    // Every cell: the links joining its two regions (an end outside the five as one key).
    const key = (id: string) => regionOf(id) ?? '(outside)';
    const cells = await page
      .locator('.region-matrix td[data-from]')
      .evaluateAll((tds) =>
        tds.map((td) => [
          td.getAttribute('data-from')!,
          td.getAttribute('data-to')!,
          td.textContent!,
        ]),
      );
    expect(cells.length).toBeGreaterThanOrEqual(regions.length ** 2);
    expect(await seriousA11yIssues(page)).toEqual([]);
    for (const [a, b, text] of cells) {
      const expected = links.filter(
        (l) => (key(l.from) === a && key(l.to) === b) || (key(l.from) === b && key(l.to) === a),
      ).length;
      expect(Number(text), `${a} × ${b}`).toBe(expected);
    }
  });

  test('the data menu gives CSV, GeoJSON, a citation and an embed', async ({ page }) => {
    await openMap(page, '#overview=links&region=jingjinji');
    await page.locator('.network-tab[data-tab="links"]').click();
    await page.locator('.data-menu summary').click();

    const csv = await downloadText(page, 'links-csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = csvParse(csv.slice(1));
    expect(parsed).toHaveLength(links.length);
    expect(parsed.columns).toEqual(
      expect.arrayContaining([
        'id',
        'from',
        'to',
        'kind',
        'directed',
        'basis',
        'speakers',
        'paragraphs',
      ]),
    );
    expect(parsed.map((r) => r.id)).toEqual(links.map((l) => l.id));
    expect(csvParse((await downloadText(page, 'places-csv')).slice(1))).toHaveLength(places.length);
    expect(csvParse((await downloadText(page, 'viewpoints-csv')).slice(1))).toHaveLength(
      viewpoints.length,
    );

    for (const [file, count] of [
      ['links-geojson', links.length],
      ['places-geojson', places.length],
    ] as const) {
      const geo = JSON.parse(
        await downloadText(page, file),
      ) as GeoJSON.FeatureCollection<GeoJSON.Geometry | null>;
      expect(geo.type).toBe('FeatureCollection');
      expect(geo.features).toHaveLength(count);
      for (const f of geo.features) {
        const p = f.properties!;
        const global = p.global === true || [p.from_location, p.to_location].includes('global');
        const unlocated = [p.from_location, p.to_location].includes('none');
        if (!f.geometry) {
          expect(global || unlocated || p.kind !== undefined, String(p.id)).toBe(true);
          continue;
        }
        expect(['Point', 'LineString']).toContain(f.geometry.type);
        const coords =
          f.geometry.type === 'Point'
            ? [f.geometry.coordinates]
            : (f.geometry as GeoJSON.LineString).coordinates;
        if (f.geometry.type === 'Point' && p.from_location)
          expect(global || unlocated, `${p.id}: a link drawn as a point`).toBe(true);
        for (const [lng, lat] of coords) {
          expect(lng! >= 73 && lng! <= 136 && lat! >= 3 && lat! <= 54, `${p.id} in China`).toBe(
            true,
          );
        }
      }
    }

    const cite = page.locator('[data-copy="cite"] textarea');
    await expect(cite).toHaveValue(/科技创新塑造区域发展新动能、新优势/);
    await expect(cite).toHaveValue(/上海浦江创新论坛中心/);
    const snippet = await page.locator('[data-copy="embed"] textarea').inputValue();
    const src = /^<iframe src="([^"]+)" title="[^"]+"[^>]*><\/iframe>$/.exec(snippet)?.[1];
    expect(src).toBeTruthy();
    const url = new URL(src!.replace(/&amp;/g, '&'));
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.hash).toContain('region=jingjinji');
    await screenshot(page, 'network-data-menu-1280-zh');
    expect(await seriousA11yIssues(page)).toEqual([]);

    await openMap(page, url.pathname + url.search + url.hash);
    await expect(page.locator('.topbar')).toBeHidden();
    await expect(page.locator('.legend.compact')).toBeVisible();
    const back = page.locator('.embed-full-link');
    await expect(back).toBeVisible();
    const backUrl = new URL((await back.getAttribute('href'))!);
    expect(backUrl.searchParams.has('embed')).toBe(false);
    expect(backUrl.hash).toContain('region=jingjinji');
    await screenshot(page, 'network-embed-1280-zh');
  });
});

/** axe's serious and critical findings in the network view. */
async function seriousA11yIssues(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include('.network-view').analyze();
  return axe.violations
    .filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

async function downloadText(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-download="${name}"]`).click(),
  ]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

/** The middle of an arc's curve on the page (t = ½ of its quadratic). */
async function arcMiddle(page: Page, id: string) {
  const box = (await page.locator('.arcs-overlay').boundingBox())!;
  const d = await page
    .locator(`.arcs-overlay g.arc[data-link="${id}"] path.arc-line`)
    .getAttribute('d');
  const [ax, ay, cx, cy, bx, by] = d!.match(/-?\d+(\.\d+)?/g)!.map(Number) as number[];
  return {
    x: box.x + (ax! + 2 * cx! + bx!) / 4,
    y: box.y + (ay! + 2 * cy! + by!) / 4,
  };
}

/**
 * The shown elements matching `over` (with text) that lie on one matching `under`, as
 * "over on under": their boxes overlap by more than `slack` px across and down.
 */
function lyingOn(page: Page, over: string, under: string, slack: [number, number]) {
  return page.evaluate(
    ({ over, under, slack: [sx, sy] }) => {
      const shown = (e: Element) =>
        !e.closest('[display="none"]') && e.getBoundingClientRect().width > 0;
      const tops = [...document.querySelectorAll(over)].filter((e) => shown(e) && e.textContent);
      const below = [...document.querySelectorAll(under)].filter(shown);
      const on = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - sx &&
        b.left < a.right - sx &&
        a.top < b.bottom - sy &&
        b.top < a.bottom - sy;
      const out: string[] = [];
      for (const top of tops)
        for (const b of below)
          if (on(top.getBoundingClientRect(), b.getBoundingClientRect()))
            out.push(`${top.textContent} on ${b.textContent || b.tagName}`);
      return out;
    },
    { over, under, slack },
  );
}

/** The overview's counts that lie on a name or a place's dot, as "count on name". */
const countsOnNames = (page: Page) =>
  // A text's box is its font's line, taller than its glyphs: 3 px of slack up and down.
  lyingOn(
    page,
    '.arcs-overlay text.arc-count',
    '.arcs-overlay .labels text, .arcs-overlay g.place-marker text, .arcs-overlay g.place-marker circle',
    [1, 3],
  );

/** The region names that lie on a far end's chip's text, as "name on chip". */
const namesOnChips = (page: Page) =>
  // A name may come up to a chip's border (its halo on the border): 2 px of slack.
  lyingOn(
    page,
    '.arcs-overlay .labels text',
    '.arcs-overlay g.arc-edge[data-edge-for] text',
    [2, 2],
  );
