import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openMap, screenshot, test } from './fixtures';

/**
 * Faults a real reader meets: a code chunk that does not load (a deploy, a flaky network),
 * a hostile or mangled link, an input method, a screen reader.
 */

const DIST = path.resolve('dist');
const FAILED_LOAD = /Failed to load resource|Failed to fetch dynamically imported module|net::ERR/;

/** Makes every request for a chunk whose file name starts with `name` fail, until undone. */
async function breakChunk(page: Page, name: string) {
  const pattern = new RegExp(`/assets/${name}-[\\w-]{8}\\.js$`);
  const handler = (route: import('@playwright/test').Route) => route.abort('failed');
  await page.route(pattern, handler);
  return () => page.unroute(pattern, handler);
}

/** Whether a point of the element is really on top (not covered, not off screen). */
async function isOnTop(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    return (
      document.elementsFromPoint(x, y)[0] === el ||
      el.contains(document.elementsFromPoint(x, y)[0]!)
    );
  });
}

test.describe('a code chunk that fails to load', () => {
  test('MapLibre’s chunk: the SVG map stays; the panel’s chunk: an inline Retry; export: a notice', async ({
    page,
    guard,
  }) => {
    guard.allowErrors.push(FAILED_LOAD);
    await breakChunk(page, 'maplibre-map');
    const restorePanel = await breakChunk(page, 'region-panel');
    await openMap(page, './?renderer=maplibre#region=yangtze-delta');
    const map = page.locator('.map');
    await expect(map).toHaveAttribute('data-renderer', 'svg');
    await expect(page.locator('.fatal')).toHaveCount(0);

    // The panel says what happened, in place, with a way to try again.
    const panel = page.locator('aside.panel');
    await expect(panel.getByRole('alert')).toContainText('未能载入');
    await expect(page.locator('.fatal')).toHaveCount(0);
    await expect(map.locator('svg path').first()).toBeVisible();
    await restorePanel();
    await panel.getByRole('button', { name: '重试' }).click();
    await expect(panel.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('aside.panel h2')).toHaveText('长三角');
    await expect(panel.locator('blockquote').first()).toBeVisible();

    // Export: its chunks fail; a notice says so and the app goes on.
    // (export-svg is already there: the print view fetches it after the first view.)
    await breakChunk(page, 'export-png');
    await page.getByRole('button', { name: /^导出/ }).click();
    await page.getByRole('menuitem', { name: /PNG/ }).click();
    await expect(page.locator('.notice')).toContainText('导出功能未能载入');
    await expect(page.locator('.fatal')).toHaveCount(0);
    await expect(map).toHaveAttribute('data-map-state', 'ready');
  });

  test('the main script: index.html shows a static message', async ({ page, guard }) => {
    guard.allowErrors.push(FAILED_LOAD);
    await page.route(/\/assets\/index-[\w-]{8}\.js$/, (route) => route.abort('failed'));
    await page.goto('./');
    const message = page.locator('.boot-failed');
    // Until its reveal the message is not even laid out (its text would be the page's
    // first layout while the app loads).
    const early = await message.evaluate((el) => ({
      at: Number(el.getAnimations()[0]?.currentTime ?? Infinity),
      boxes: el.getClientRects().length,
    }));
    expect(early.at).toBeLessThan(6000);
    expect(early.boxes).toBe(0);
    await expect(message).toBeVisible({ timeout: 12_000 });
    await expect(message).toContainText('页面未能启动');
    await expect(message.getByRole('link', { name: /Reload/ })).toBeVisible();
  });
});

test.describe('a hostile link', () => {
  test('thousands of unknown keys and fifty bad links give a few short notices', async ({
    page,
  }) => {
    const keys = Array.from({ length: 2500 }, (_, i) => `k${i}=v`).join('&');
    await openMap(page, `./#${keys}`);
    const notice = page.locator('.notice').first();
    await expect(notice).toContainText('已忽略 2,500 个未知参数');
    expect((await notice.textContent())!.length).toBeLessThan(300);
    expect((await notice.boundingBox())!.height).toBeLessThan(120);
    expect(await isOnTop(page, '.notice .link-button')).toBe(true);

    for (let i = 0; i < 50; i += 1)
      await page.evaluate((n) => (location.hash = `region=nowhere-${n}`), i);
    await expect(page.locator('.notice-more')).toContainText('另有');
    await expect(page.locator('.notice')).toHaveCount(4);
    const box = (await page.locator('.notices').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await expect(page.locator('.notice').nth(2)).toContainText('nowhere-49');
    await page.getByRole('button', { name: '全部关闭' }).click();
    await expect(page.locator('.notice')).toHaveCount(0);
  });

  test('bidirectional controls in a link are not echoed; Enter in an IME does not pick', async ({
    page,
  }) => {
    await openMap(page, `./#region=${encodeURIComponent('\u202Eevil\u2066')}`);
    const notice = page.locator('.notice').first();
    await expect(notice).toContainText('region=evil');
    expect(await notice.textContent()).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);

    const search = page.getByRole('combobox');
    await search.fill('长三角');
    await expect(page.getByRole('option').first()).toBeVisible();
    // What was chosen, without the view (the camera may still refit as the page settles).
    // (Before the view is first written the hash is empty; after, only "#map=…" is left.)
    const chosen = () =>
      page.evaluate(() => location.hash.replace(/map=[^&]*&?/, '').replace(/^#$/, ''));
    const hash = await chosen();
    // Enter that commits an input method's composition. The search box picks in its
    // keydown handler, at once: the selection right after it says whether it picked.
    const selected = await search.evaluate((el) => {
      el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
      el.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          keyCode: 229,
          isComposing: true,
          bubbles: true,
        }),
      );
      return window.__appStore!.getState().selection;
    });
    expect(selected).toMatchObject({ region: null, link: null, place: null });
    expect(await chosen()).toBe(hash);
    await expect(page.getByRole('option').first()).toBeVisible();
    // A plain Enter does pick (so the check above could fail).
    await search.press('Enter');
    await expect(page.locator('aside.panel')).toBeVisible();
  });
});

test.describe('landmarks', () => {
  test('in English the map area and the map canvas have different names; the notes window has a main', async ({
    page,
    context,
  }) => {
    await openMap(page, './?renderer=maplibre#lang=en');
    await expect(page.locator('.map')).toHaveAttribute('data-renderer', 'maplibre', {
      timeout: 30_000,
    });
    await expect(page.getByRole('region', { name: 'Map of the five regions' })).toBeVisible();
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-label]')]
        .filter((el) => el.matches('section, canvas, [role=region]'))
        .map((el) => el.getAttribute('aria-label')),
    );
    expect(names).toContain('Map of the five regions');
    expect(new Set(names).size, `landmark names: ${names.join(' | ')}`).toBe(names.length);

    const notes = await context.newPage();
    await notes.goto('./?view=presenter');
    await expect(notes.getByRole('main')).toBeVisible();
    await notes.close();

    // The presenter's text box scrolls on a phone: it is then a tab stop with a name and
    // scrolls with the arrow keys (→ ← PageUp PageDown Space go to the next/previous step).
    await page.setViewportSize({ width: 390, height: 844 });
    const body = page.locator('.step-body');
    let step = 0;
    for (; step < 12; step += 1) {
      await page.evaluate((n) => window.__appStore!.getState().setStep(n), step);
      await expect(body).toBeVisible();
      await expect(body).toHaveAttribute('data-scrolls', /true|false/);
      if ((await body.getAttribute('data-scrolls')) === 'true') break;
    }
    expect(step, 'a step whose text scrolls on a phone').toBeLessThan(12);
    await expect(body).toHaveAttribute('tabindex', '0');
    await expect(body).toHaveAttribute('aria-label', 'Notes for this step');
    await body.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await page.evaluate(() => window.__appStore!.getState().setStep(0));
  });
});

test.describe('the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('precaches by revision and offers a new version instead of swapping it in', async ({
    page,
  }) => {
    await openMap(page, './');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
    });
    const source = await page.evaluate(() => fetch('./sw.js').then((r) => r.text()));
    expect(source).toContain('precacheAndRoute');
    expect(source).toMatch(/url:"index\.html",revision:"[0-9a-f]{32}"/);
    expect(source).not.toContain('Date.now');
    expect(source).not.toMatch(/\.(br|gz)"/);

    // A new build is deployed: sw.js changes (the server reads files afresh).
    const sw = path.join(DIST, 'sw.js');
    const original = await readFile(sw, 'utf8');
    const compressed = ['sw.js.br', 'sw.js.gz'].map((f) => path.join(DIST, f));
    const saved = await Promise.all(compressed.map((f) => readFile(f).catch(() => null)));
    try {
      await Promise.all(compressed.map((f) => rm(f, { force: true })));
      await writeFile(sw, `${original}\n// the next build\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      const prompt = page.locator('.update-prompt');
      await expect(prompt).toContainText('新版本已就绪', { timeout: 30_000 });
      // It leaves the legend be (at the left it had lain over its last rows).
      const [p, legend] = [
        (await prompt.boundingBox())!,
        (await page.locator('.legend').boundingBox())!,
      ];
      expect(p.x, 'the prompt starts right of the legend').toBeGreaterThanOrEqual(
        legend.x + legend.width,
      );
      await screenshot(page, 'update-prompt');
      // Until the reader says so, the old version keeps the page (and its chunks).
      expect(
        await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).waiting)),
      ).toBe(true);
      await page.getByRole('button', { name: '长三角', exact: true }).click();
      await expect(page.locator('aside.panel h2')).toHaveText('长三角');
      await Promise.all([
        page.waitForEvent('load'),
        prompt.getByRole('button', { name: '重新载入' }).click(),
      ]);
      await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
      // The view survives the reload (it is in the URL) and the new worker is in charge.
      await expect(page.locator('aside.panel h2')).toHaveText('长三角');
      expect(
        await page.evaluate(async () => {
          const r = await navigator.serviceWorker.ready;
          return {
            waiting: Boolean(r.waiting),
            controlled: Boolean(navigator.serviceWorker.controller),
          };
        }),
      ).toEqual({ waiting: false, controlled: true });
      await expect(page.locator('.update-prompt')).toHaveCount(0);
    } finally {
      await writeFile(sw, original);
      await Promise.all(compressed.map((f, i) => (saved[i] ? writeFile(f, saved[i]!) : null)));
    }
  });
});
