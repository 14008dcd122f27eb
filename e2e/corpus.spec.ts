import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, openMap } from './fixtures';
import { generateCorpus } from '../scripts/bench/generate-corpus.mjs';
import { startServer } from '../scripts/serve.mjs';

/**
 * The app built from a 10× synthetic corpus (scripts/bench/generate-corpus.mjs) into a temp
 * folder, served on its own port: the header's briefing picker lists the ten briefings and
 * switches between them. dist/ is not touched.
 */
const test = base.extend<object, { corpusOrigin: string }>({
  corpusOrigin: [
    // eslint-disable-next-line no-empty-pattern -- Playwright wants a destructured first argument
    async ({}, provide) => {
      const tmp = mkdtempSync(path.join(tmpdir(), 'corpus-e2e-'));
      const corpus = path.join(tmp, 'corpus');
      const dist = path.join(tmp, 'dist');
      generateCorpus({ scale: 10, outDir: corpus });
      const built = spawnSync(
        'node_modules/.bin/vite',
        ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'],
        {
          encoding: 'utf8',
          env: { ...process.env, BRIEFINGS_DIR: corpus, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
        },
      );
      if (built.status !== 0) throw new Error(`corpus build failed:\n${built.stderr}`);
      const server: Server = await startServer({ port: 0, dir: dist });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      await provide(`http://localhost:${port}/`);
      server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ corpusOrigin }, provide) => provide(corpusOrigin),
});

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

/** At each size the picker is on top, inside the window, and the header fits the window. */
async function checkSizes(page: Page, lang: string) {
  const picker = page.locator('.briefing-picker select');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const seen = await picker.evaluate((select) => {
      const box = select.getBoundingClientRect();
      const hit = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      const bar = document.querySelector('.topbar')!;
      return {
        onTop: hit[0] === select,
        inside: box.left >= 0 && box.right <= innerWidth && box.width >= 80,
        barFits:
          bar.scrollWidth <= bar.clientWidth && bar.getBoundingClientRect().right <= innerWidth,
      };
    });
    expect(seen, `${size.width}×${size.height} ${lang}`).toEqual({
      onTop: true,
      inside: true,
      barFits: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The briefing files a page asked for (the index is in the app's code, not a file). */
function briefingRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = /data\/briefings\/([a-z0-9-]+)\.json/.exec(r.url());
    if (m) seen.push(m[1]!);
  });
  return seen;
}

test('a 10× corpus build: the first view fetches one briefing; the picker is visible at every size and switches briefings', async ({
  page,
}) => {
  const requested = briefingRequests(page);
  const workers: string[] = [];
  page.on('request', (r) => {
    if (/check-worker/.test(r.url())) workers.push(r.url());
  });
  await openMap(page, './');
  const picker = page.locator('.briefing-picker select');
  await expect(picker).toHaveAccessibleName('简报');
  // "All briefings" first, then the ten, newest first.
  await expect(picker.locator('option')).toHaveCount(11);
  await expect(picker.locator('option').first()).toHaveText('全部简报 (10)');
  // Newest first: synthetic briefing 1 is a week before the real one, 10 ten weeks before.
  await expect(picker).toHaveValue('synthetic-0001');
  await expect(page.locator('.credit')).toContainText('【合成数据】1 ');
  // The first view: the newest briefing and nothing else (its panel chunk and the search
  // index come after, but no other briefing).
  expect([...new Set(requested)]).toEqual(['synthetic-0001']);
  await expect(page.locator('.briefing-tag')).toHaveCount(0);

  await checkSizes(page, 'zh');

  // Switching: fetched in the page, then the hash names it.
  const loaded = page.waitForResponse(/data\/briefings\/synthetic-0003\.json$/);
  await picker.selectOption('synthetic-0003');
  await loaded;
  await expect(page).toHaveURL(/briefing=synthetic-0003/);
  await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
  await expect(picker).toHaveValue('synthetic-0003');
  await expect(page.locator('.credit')).toContainText('【合成数据】3 ');
  expect([...new Set(requested)]).toEqual(['synthetic-0001', 'synthetic-0003']);
  // Both files are the build's own (their SHA-256 is in the index): no schema check, so
  // its worker's code is never fetched.
  expect(workers).toEqual([]);

  // In English: the label and the titles follow the language, and a switch keeps it.
  await page.getByRole('button', { name: 'English' }).click();
  const enPicker = page.locator('.briefing-picker select');
  await expect(enPicker).toHaveAccessibleName('Briefing');
  await checkSizes(page, 'en');
  await expect(enPicker.locator('option:checked')).toContainText('[SYNTHETIC] #3 ');
  await enPicker.selectOption('synthetic-0007');
  await expect(page).toHaveURL(/briefing=synthetic-0007/);
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
  await expect(enPicker).toHaveValue('synthetic-0007');
  await expect(page.locator('.credit')).toContainText('[SYNTHETIC] #7 ');
  // Back: the briefing before, in the same language.
  await page.goBack();
  await expect(page).toHaveURL(/briefing=synthetic-0003/);
  await expect(page.locator('.credit')).toContainText('[SYNTHETIC] #3 ');
});

/** How many different briefings the visible tags inside `scope` name, and that one is on top. */
async function visibleTags(page: Page, scope: string) {
  return page.locator(scope).evaluate((root) => {
    const tags = [...root.querySelectorAll<HTMLElement>('.briefing-tag')];
    const onTop = tags.filter((tag) => {
      const box = tag.getBoundingClientRect();
      if (!box.width || box.bottom < 0 || box.top > innerHeight) return false;
      return document
        .elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)
        .some((e) => tag.contains(e));
    });
    return {
      briefings: new Set(tags.map((t) => t.dataset['briefing'])).size,
      onTop: onTop.length > 0,
      titled: tags.every((t) => /^(出自简报|From the briefing) \d{4}-\d\d-\d\d /.test(t.title)),
    };
  });
}

test('a 10× corpus build: all briefings on the map, in the panel and in the links table', async ({
  page,
  guard,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page, '#region=yangtze-delta');
  const picker = page.locator('.briefing-picker select');

  // One briefing fails to load: a clear message, and the briefing shown stays.
  guard.allowErrors.push(/Failed to load resource/);
  let fail = true;
  // Held back until the test has seen the loading state (held 400 ms, it had come and gone
  // before a busy machine's first look).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/synthetic-0005\.json$/, async (route) => {
    if (fail) return route.fulfill({ status: 503, body: 'down' });
    await held;
    return route.continue();
  });
  await picker.selectOption('all');
  await expect(page.locator('.notice').last()).toContainText(
    /简报载入失败，仍显示原来的内容：.*synthetic-0005\.json: HTTP 503/,
  );
  await expect(picker).toHaveValue('synthetic-0001');
  await expect(page).not.toHaveURL(/briefing=all/);
  await expect(page.locator('.panel')).toHaveAttribute('data-panel-for', 'yangtze-delta');
  await expect(page.locator('.credit')).toContainText('【合成数据】1 ');

  // Again: the progress shows beside the picker, then every briefing is on the map.
  fail = false;
  await picker.selectOption('all');
  await expect(page.locator('.briefing-picker-status')).toContainText(/正在载入简报 \d+\/10/);
  release();
  await expect(page).toHaveURL(/briefing=all/);
  await expect(page.locator('.briefing-picker-status')).toHaveCount(0);
  await expect(picker).toHaveValue('all');
  await expect(page.locator('.credit')).toContainText('全部简报 · 10 份简报');
  // A presentation tells one briefing: none is offered for all of them at once.
  await expect(page.getByRole('button', { name: '演示' })).toHaveCount(0);
  // The region chosen before stays chosen; its panel quotes several briefings, each tagged.
  const panel = page.locator('.panel');
  await expect(panel).toHaveAttribute('data-panel-for', 'yangtze-delta');
  expect(await visibleTags(page, '.panel')).toEqual({ briefings: 10, onTop: true, titled: true });
  // Arcs of every briefing: more than one briefing's worth of links is drawn for the region.
  const oneBriefing = await page.locator('.panel .link-item').count();
  expect(oneBriefing).toBeGreaterThan(20);

  // Search: the same place once per briefing, each result tagged.
  const box = page.locator('.search [role="combobox"]');
  await box.fill('上海');
  const options = page.locator('[role="listbox"] [role="option"][data-result-kind="place"]');
  await expect(options.first()).toBeVisible();
  const tagged = await options
    .locator('.briefing-tag')
    .evaluateAll((tags) => new Set(tags.map((t) => t.getAttribute('data-briefing'))).size);
  expect(tagged).toBeGreaterThan(1);
  await box.fill('');

  // A link: its id names its briefing in the URL, and its detail is tagged.
  await page.locator('.panel .link-item').first().click();
  await expect(page).toHaveURL(/link=synthetic-0001\.[a-z0-9-]+/);
  await expect(panel.locator('.link-ends .briefing-tag span[aria-hidden]')).toHaveText('2023/1');

  // In English, then one briefing: the language and the region stay, the tags go.
  await page.getByRole('button', { name: 'English' }).click();
  await panel.getByRole('button', { name: /Back to/ }).click();
  await picker.selectOption('synthetic-0002');
  await expect(page).toHaveURL(/briefing=synthetic-0002&region=yangtze-delta.*lang=en/);
  await expect(panel).toHaveAttribute('data-panel-for', 'yangtze-delta');
  await expect(panel.locator('.briefing-tag')).toHaveCount(0);
  await expect(page.locator('.credit')).toContainText('[SYNTHETIC] #2 ');
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  // Back to all (from history): fetched already, tagged again.
  await page.goBack();
  await expect(page).toHaveURL(/briefing=all/);
  await expect(picker).toHaveValue('all');
  await expect(panel.locator('.briefing-tag').first()).toBeVisible();

  // The links table: every row tagged, filtered and sorted by briefing.
  await page.getByRole('button', { name: 'Close' }).click();
  const keyToggle = page.locator('.legend-key-toggle');
  if ((await keyToggle.getAttribute('aria-expanded')) !== 'true') await keyToggle.click();
  await page.locator('[data-overview-toggle]').click();
  const table = page.locator('.links-table');
  const rows = table.locator('tbody tr');
  const count = page.locator('.links-count');
  await expect(count).toHaveAttribute('data-rows', /\d{3}/);
  const all = Number(await count.getAttribute('data-rows'));
  // Hundreds of rows: only those in view are in the page, the table still counts them all.
  await expect(table).toHaveAttribute('aria-rowcount', String(all + 1));
  const rendered = await rows.locator('td[data-col="briefing"]').count();
  const dataRows = table.locator('tbody tr[data-link]');
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(all / 3);
  // Hundreds of links on the map: their lines are painted on one canvas under the names…
  const inked = await page.locator('.arcs-canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas
      .getContext('2d', { willReadFrequently: true })!
      .getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n / (canvas.width * canvas.height);
  });
  expect(inked).toBeGreaterThan(0.02);
  // …and the link of the row under the pointer is drawn above them as a line of its own.
  const firstRow = dataRows.first();
  await firstRow.hover();
  const hovered = `.arcs-overlay g.arc.hovered[data-link="${await firstRow.getAttribute('data-link')}"] path.arc-line`;
  await expect(page.locator(hovered)).toHaveAttribute('d', /^M/);
  await expect(table.locator('tbody td[data-col="briefing"] .briefing-tag')).toHaveCount(rendered);
  expect(await visibleTags(page, '.links-table')).toMatchObject({ onTop: true, titled: true });
  const tag = (row: ReturnType<typeof rows.first>) =>
    row.locator('.briefing-tag span[aria-hidden]');
  await table.locator('th[data-col="briefing"] button').click();
  await expect(table.locator('th[data-col="briefing"]')).toHaveAttribute('aria-sort', 'ascending');
  await expect(tag(dataRows.first())).toHaveText('2023/1');
  await table.locator('th[data-col="briefing"] button').click();
  await expect(table.locator('th[data-col="briefing"]')).toHaveAttribute('aria-sort', 'descending');
  await expect(tag(dataRows.first())).toHaveText('2023/10');
  // Scrolled to the end: the last rows are there, on top (no blank where rows should be).
  const bottom = await page.locator('.links-table-scroll').evaluate(async (scroller) => {
    scroller.scrollTop = scroller.scrollHeight;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const box = scroller.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + 30, box.bottom - 12);
    return hit?.closest('tr')?.querySelector('[data-briefing]')?.getAttribute('data-briefing');
  });
  expect(bottom).toBe('synthetic-0001');
  // A link chosen elsewhere (the map, the URL): its row is brought into view and marked.
  await page.locator('.links-table-scroll').evaluate((s) => (s.scrollTop = 0));
  await page.evaluate(() =>
    window.__appStore!.getState().selectLink('synthetic-0001.synthetic-link-1', null),
  );
  const chosen = table.locator('tr[data-link="synthetic-0001.synthetic-link-1"]');
  await expect(chosen).toHaveAttribute('aria-current', 'true');
  await expect(chosen).toBeInViewport();
  // The data menu cites every briefing, one reference a line.
  await page.locator('.data-menu summary').click();
  const cite = page.locator('[data-copy="cite"] textarea');
  expect((await cite.inputValue()).split('\n')).toHaveLength(10);
  await expect(cite).toHaveValue(/\[SYNTHETIC\] #10 /);
  await page.locator('.data-menu summary').click();
  // Filtered to one briefing: a few dozen rows, every one in the page and from that briefing.
  await page.locator('select[data-filter="briefing"]').selectOption('synthetic-0004');
  const four = Number(await count.getAttribute('data-rows'));
  expect(four).toBeGreaterThan(15);
  expect(four).toBeLessThan(all / 5);
  await expect(dataRows).toHaveCount(four);
  await expect(
    table.locator('td[data-col="briefing"]:not([data-briefing="synthetic-0004"])'),
  ).toHaveCount(0);
});

test('a 10× corpus build: a briefing once opened is there offline', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await openMap(page, './');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Precached: the app and the newest briefing only.
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls.filter((u) => u.includes('/data/briefings/')).map((u) => u.replace(/^.*\//, ''));
  });
  expect(precached.map((u) => u.replace(/\?.*$/, ''))).toEqual(['synthetic-0001.json']);
  // Opened once (now controlled by the worker): cached at run time.
  await page.reload();
  await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
  await page.locator('.briefing-picker select').selectOption('synthetic-0004');
  await expect(page.locator('.credit')).toContainText('【合成数据】4 ');

  await context.setOffline(true);
  await page.goto('./?offline#briefing=synthetic-0004');
  await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
  await expect(page.locator('.credit')).toContainText('【合成数据】4 ');
  // Never opened: a clear message offline; in the page, what was shown stays.
  await page.locator('.briefing-picker select').selectOption('synthetic-0006');
  await expect(page.locator('.notice').last()).toContainText('synthetic-0006.json: network error');
  await expect(page.locator('.credit')).toContainText('【合成数据】4 ');
  await expect(page.locator('.briefing-picker select')).toHaveValue('synthetic-0004');
  await page.goto('./?offline-again#briefing=synthetic-0006');
  await expect(page.locator('.splash.error')).toContainText('synthetic-0006.json');
  await context.close();
});
