import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openSettled, test } from './fixtures';

const BUNDLE = 'data/briefings/pujiang-2023-07.json';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('bad input', () => {
  test('a garbled URL is ignored with a notice and the rest is kept', async ({ page }) => {
    // The notice fades after 12 s: read it as soon as the map is up, not after MapLibre.
    await page.goto(`./#map=banana&region=nowhere&link=${'x'.repeat(500)}&lang=en`);
    await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
    // Both parts read at once: the notice may already be near the end of its time.
    await expect(page.locator('.notice')).toContainText(/map=banana.*region=nowhere/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regional Innovation Map');
    await expect(page.locator('aside.panel')).toHaveCount(0);
  });

  test('geometry that fails to load shows a message and a retry that works', async ({
    page,
    guard,
  }) => {
    guard.allowErrors.push(/status of 404/);
    let fail = true;
    await page.route('**/geo/china.view.json', (route) =>
      fail ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('china.view.json: HTTP 404');
    await expect(page.locator('[data-map-state="error"]')).toBeVisible();
    fail = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
  });

  test('the topology failing after the first view keeps the map and the choice, says what waits, and an export tries again', async ({
    page,
    guard,
  }) => {
    guard.allowErrors.push(/status of 404/);
    let fail = true;
    await page.route('**/geo/china.topo.json', (route) =>
      fail ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
    );
    await page.goto('./#region=yangtze-delta&lang=en');
    const map = page.locator('.map');
    await expect(map).toHaveAttribute('data-map-state', 'ready');
    await expect(map).toHaveAttribute('data-geometry', 'failed');
    await expect(page.locator('.notice').last()).toContainText(
      /full map geometry could not be loaded.*china\.topo\.json: HTTP 404/,
    );
    // The map, the choice and its panel are all still there, and the inset's islands (they
    // come with the first view's geometry, not the topology).
    await expect(page.locator('g.regions path')).toHaveCount(5);
    await expect(page.locator('aside.panel')).toBeVisible();
    await expect(page.locator('.nanhai-inset path')).toHaveCount(3);
    fail = false;
    await page.getByRole('button', { name: /Export/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /SVG/ }).click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('class="nanhai-inset"');
    await expect(map).toHaveAttribute('data-geometry', 'full');
    await expect(page.locator('.nanhai-inset path')).toHaveCount(3);
    await expect(page).toHaveURL(/region=yangtze-delta/);
  });

  test('a briefing slow to arrive gets a loading screen, then the map', async ({ page }) => {
    // Usually the files are in by the time the script has run, and the first render draws
    // the map with no loading screen before it; held here, the reader is told what waits.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/${BUNDLE}`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await expect(page.getByRole('status')).toHaveText('正在载入简报与地图数据…');
    release();
    await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
    await expect(page.locator('.splash')).toHaveCount(0);
  });

  test('truncated data shows a clear message, not a blank page', async ({ page }) => {
    const text = readFileSync(`dist/${BUNDLE}`, 'utf8');
    await page.route(`**/${BUNDLE}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: text.slice(0, 5000) }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('truncated');
  });

  test('a briefing changed on the server is checked again, and its problem named', async ({
    page,
  }) => {
    // Valid JSON, not the file the build checked: its SHA-256 differs, so the browser
    // checks it against the schemas (in a worker) instead of trusting it.
    const bundle = JSON.parse(readFileSync(`dist/${BUNDLE}`, 'utf8'));
    delete bundle.links[0].kind;
    await page.route(`**/${BUNDLE}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(bundle) }),
    );
    const worker = page.waitForRequest(/check-worker/);
    await page.goto('./');
    await worker;
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('pujiang-2023-07.json');
    await expect(alert).toContainText('links');
  });

  test('survives 1,000 random clicks, keys and wheel turns', async ({ page }) => {
    // Once, as this machine's readers get the app (the SVG map, WebGL there): on the
    // no-WebGL project it drove the same map again, 2.5 of the suite's minutes.
    test.skip(test.info().project.name === 'no-webgl', 'run on the webgl project');
    const events = 1000;
    test.setTimeout(300_000);
    await openSettled(page);
    const box = (await page.locator('.app').boundingBox())!;
    let seed = 42;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const keys = [
      'Escape',
      'Tab',
      'Enter',
      'ArrowRight',
      'ArrowLeft',
      ' ',
      'PageDown',
      'Home',
      'End',
      'f',
      '3',
    ];
    for (let i = 0; i < events; i++) {
      const x = box.x + random() * box.width;
      const y = box.y + random() * box.height;
      const r = random();
      if (r < 0.5) await page.mouse.click(x, y);
      else if (r < 0.8) await page.keyboard.press(keys[Math.floor(random() * keys.length)]!);
      else {
        await page.mouse.move(x, y);
        await page.mouse.wheel(0, (random() - 0.5) * 600);
      }
      // A click may open the presenter window or leave the page; come back to the map.
      if (!page.url().startsWith(new URL('./', page.url()).origin)) await page.goBack();
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    // The monkey may have switched the language: the link sets it back.
    await page.goto('./#region=jingjinji&lang=zh');
    await expect(page.locator('aside.panel h2')).toHaveText('京津冀');
  });
});

test.describe('hostile content', () => {
  test('quotes containing HTML and <script> are shown as plain text', async ({ page }) => {
    const bundle = JSON.parse(readFileSync(`dist/${BUNDLE}`, 'utf8'));
    const evil =
      '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><b>粗体</b>';
    const vp = bundle.viewpoints.find((v: { scope: { kind: string; regions?: string[] } }) =>
      v.scope.regions?.includes('jingjinji'),
    );
    vp.quote = evil;
    await page.route(`**/${BUNDLE}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(bundle) }),
    );
    await openSettled(page, './#region=jingjinji');
    await expect(page.locator('aside.panel blockquote', { hasText: '<script>' })).toHaveText(evil);
    await expect(page.locator('aside.panel b')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });

  test('the built page carries a strict Content-Security-Policy, and works under it', async ({
    page,
  }) => {
    await openSettled(page);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    // A click under the policy opens the region: its panel (a chunk loaded on demand) and
    // its own links on the map. Links between regions are drawn from the start, so only a
    // link inside the region (the G60 corridor) shows that the click was taken.
    const corridor = page.locator('.arcs-overlay g.corridor[data-link="g60-corridor-cities"]');
    await expect(corridor).toHaveCount(0);
    await page.getByRole('button', { name: '长三角', exact: true }).click();
    const panel = page.getByRole('complementary', { name: '长三角', exact: true });
    await expect(panel.locator('blockquote').first()).toBeVisible();
    await expect(corridor).toHaveCount(1);
  });
});

test.describe('accessibility', () => {
  test('axe finds no serious or critical problem on the start view, a panel, a link and presenter mode', async ({
    page,
  }) => {
    await openSettled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '长江中游', exact: true }).click();
    await expect(page.locator('aside.panel')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('aside.panel .link-item').first().click();
    await expect(page.locator('aside.panel .link-ends')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '演示' }).click();
    await expect(page.locator('.presenter')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a keyboard-only journey: region, link, its other end, presentation, language', async ({
    page,
  }) => {
    await openSettled(page);
    await page.getByRole('button', { name: '长江中游', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('aside.panel h2')).toBeFocused();
    const link = page.locator('aside.panel .link-item', { hasText: '长三角' }).first();
    await link.focus();
    await expect(link).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await expect(page.locator('aside.panel .link-ends')).toBeVisible();
    const go = page.locator('aside.panel [data-go-region]').last();
    await go.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('aside.panel h2')).not.toHaveText('长江中游');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '演示' }).focus();
    await page.keyboard.press('Enter');
    // The first step is shown and focus is on its heading, so the keys that follow go to it.
    const step = page.getByRole('heading', { level: 2 });
    await expect(page.getByRole('progressbar')).toHaveAttribute('value', '1');
    await expect(step).toBeFocused();
    const title = await step.innerText();
    await expect(page.getByRole('complementary', { name: title, exact: true })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('progressbar')).toHaveAttribute('value', '2');
    await expect(step).not.toHaveText(title);
    await expect(step).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regional Innovation Map');
  });

  test('the map has a text alternative announced to screen readers', async ({ page }) => {
    await openSettled(page);
    const region = page.getByRole('region', { name: '地图' });
    await expect(region).toContainText('区域列表可用键盘操作');
    await expect(
      page
        .getByRole('navigation', { name: '五个区域' })
        .getByRole('list')
        .first()
        .getByRole('button'),
    ).toHaveCount(6);
  });
});
