import type { Page } from '@playwright/test';
import {
  expect,
  openMap,
  REGION_INTERIORS,
  screenPoint,
  screenshot,
  test,
  waitForCameraToSettle,
} from './fixtures';

const SIZES = [
  [1024, 768],
  [1280, 800],
  [1920, 1080],
] as const;

type StepState = {
  id: string;
  regions: string[];
  /** Elements of the text column whose content is cut off or would need scrolling. */
  overflowing: string[];
  columnWidth: number;
  labelSize: number;
  keyKinds: number;
};

async function stepState(page: Page): Promise<StepState> {
  return page.evaluate(() => {
    const aside = document.querySelector<HTMLElement>('aside.presenter')!;
    const overflowing = [aside, ...aside.querySelectorAll<HTMLElement>('*')]
      .filter((e) => e.scrollHeight > e.clientHeight + 1 && e.clientHeight > 0)
      .map((e) => `${e.tagName}.${e.className} ${e.scrollHeight}>${e.clientHeight}`);
    const label = document.querySelector('.arcs-overlay .labels text');
    return {
      id: aside.dataset.step!,
      regions: (aside.dataset.regions ?? '').split(' ').filter(Boolean),
      overflowing,
      columnWidth: aside.getBoundingClientRect().width,
      labelSize: label ? parseFloat(getComputedStyle(label).fontSize) : 0,
      keyKinds: document.querySelectorAll('.step-key li[data-kind]').length,
    };
  });
}

/** What the audience sees of the map: the camera and the arcs drawn. */
async function mapShown(page: Page): Promise<string> {
  return page.evaluate(() => {
    const v = window.__regionMap!.view()!;
    const arcs = [...document.querySelectorAll('.arcs-overlay g.arc')]
      .map((a) => a.getAttribute('data-link'))
      .sort();
    return `${v.zoom.toFixed(2)}/${v.lat.toFixed(2)}/${v.lng.toFixed(2)} ${arcs.join(',')}`;
  });
}

/** The places' names drawn on the map (each whole, its lines joined). */
function placeNamesShown(page: Page): Promise<string[]> {
  return page
    .locator('.arcs-overlay g.place-marker text')
    .evaluateAll((texts) =>
      texts
        .filter((t) => !t.closest('[display="none"]') && t.getBoundingClientRect().width > 0)
        .map((t) => t.textContent ?? ''),
    );
}

async function expectProjectorLayout(page: Page, w: number, h: number, s: StepState) {
  expect(s.overflowing, `step ${s.id} at ${w}×${h} fits its box`).toEqual([]);
  expect(s.columnWidth).toBeLessThanOrEqual(w * 0.4 + 1);
  // Region names: 20 px at 1920×1080, proportionally smaller on smaller projectors.
  expect(s.labelSize).toBeGreaterThanOrEqual(Math.max(14, 20 * Math.min(w / 1920, h / 1080)));
  await expect(page.getByRole('combobox')).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('.legend')).toBeHidden();
}

const next = ['PageDown', 'ArrowRight', ' '];

test.describe('the deck on a projector', () => {
  test('in Chinese every step fits, frames its regions and changes the map, at three sizes', async ({
    page,
  }) => {
    test.setTimeout(420_000);
    const outOfView: string[] = [];
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto('about:blank'); // a fresh load at this size, not a hash change
      await openMap(page, './#step=1');
      const count = Number((await page.locator('.step-count').innerText()).split('/')[1]);
      let previous: { id: string; map: string } | null = null;
      for (let i = 0; i < count; i++) {
        if (i > 0) await page.keyboard.press(next[i % next.length]!);
        await expect(page).toHaveURL(new RegExp(`step=${i + 1}(&|$)`));
        await waitForCameraToSettle(page);
        const s = await stepState(page);
        await expectProjectorLayout(page, w, h, s);
        await expect(page.getByRole('button', { name: '导出图片' })).toBeHidden();
        await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
        // The step's regions lie on the map, not under the text column (the camera's
        // framing; checked after the walk so one miss does not hide the rest).
        const box = (await page.locator('.map').boundingBox())!;
        for (const region of s.regions) {
          const [x, y] = await page.evaluate(
            (p) => window.__regionMap!.project(p),
            REGION_INTERIORS.get(region)!,
          );
          if (x < 0 || x > box.width - s.columnWidth || y < 0 || y > box.height)
            outOfView.push(`${w}×${h} ${s.id} ${region} at ${Math.round(x)},${Math.round(y)}`);
        }
        // The title step names both places at Shanghai: at 1920 the centre's name takes two
        // lines, and 上海 had found no room below them.
        if (i === 0 && w >= 1280)
          expect(await placeNamesShown(page)).toEqual(
            expect.arrayContaining(['上海', '上海颠覆性技术创新中心']),
          );
        const map = await mapShown(page);
        if (previous && i > 1) expect(map, `${s.id} after ${previous.id}`).not.toBe(previous.map);
        previous = { id: s.id, map };
        await screenshot(page, `deck-${w}-${String(i + 1).padStart(2, '0')}`);
      }
    }
    expect(outOfView, 'highlighted regions left of the text column').toEqual([]);
  });

  test('in English every step fits its box at three sizes', async ({ page }) => {
    test.setTimeout(300_000);
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto('about:blank');
      await openMap(page, './#step=1&lang=en');
      const count = Number((await page.locator('.step-count').innerText()).split('/')[1]);
      for (let i = 0; i < count; i++) {
        if (i > 0) await page.keyboard.press(next[i % next.length]!);
        await expect(page).toHaveURL(new RegExp(`step=${i + 1}(&|$)`));
        await expectProjectorLayout(page, w, h, await stepState(page));
        if (w === 1024) {
          await waitForCameraToSettle(page);
          await screenshot(page, `deck-en-${w}-${String(i + 1).padStart(2, '0')}`);
        }
      }
    }
  });

  test('the presenter window takes the clicker and steps the main window', async ({ page }) => {
    await openMap(page, './#step=2');
    const [notes] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: '演讲者视图' }).click(),
    ]);
    const view = notes.locator('.presenter-notes');
    await expect(view).toHaveAttribute('data-step', 'editor-note');
    for (const [key, step] of [
      ['PageDown', 3],
      ['ArrowRight', 4],
      [' ', 5],
      ['PageUp', 4],
      ['ArrowLeft', 3],
      ['End', 0],
      ['Home', 1],
    ] as const) {
      await notes.keyboard.press(key);
      if (step === 0)
        await expect(page.locator('aside.presenter')).toHaveAttribute('data-step', 'closing');
      else await expect(page).toHaveURL(new RegExp(`step=${step}(&|$)`));
    }
    await notes.keyboard.press('PageDown');
    await notes.keyboard.press('PageDown');
    await expect(view).toHaveAttribute('data-step', /^s1-p1/);
    // Concise notes: who is quoted, paragraph and source line, not the paragraph again.
    await expect(view.locator('.note').first()).toContainText('孙东');
    await expect(view.locator('.note').first()).toContainText('段落 12');
    await expect(view).not.toContainText('科技创新已成为重塑世界政经版图');
    await expect(view.locator('.notes-next')).toContainText('下一步');
    await screenshot(notes, 'deck-presenter-window');

    // Forged messages on the session's channel are ignored or clamped; other sessions are not heard.
    const session = new URL(notes.url()).hash.replace('#presenter=', '');
    const at = page.locator('.step-count');
    const before = await at.innerText();
    // Every step the page shows from here on, in order.
    await page.evaluate(() => {
      const shown: string[] = [];
      (window as unknown as { __steps: string[] }).__steps = shown;
      const count = document.querySelector('.step-count')!;
      new MutationObserver(() => shown.push(count.textContent ?? '')).observe(count, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await page.evaluate((id) => {
      new BroadcastChannel('regional-innovation-map:presenter:someone-else').postMessage({
        type: 'go',
        step: 0,
      });
      const c = new BroadcastChannel(`regional-innovation-map:presenter:${id}`);
      // 1e9 is no step at all: dropped, not taken as "the last step".
      for (const step of [-1, NaN, 'abc', 2.5, {}, null, 1e9]) c.postMessage({ type: 'go', step });
      c.postMessage({});
      c.postMessage('go');
      // Then a real one, on the same channel, so after them: 9999 is past the end and lands
      // on the last step. Once it has, the forged ones have all been read.
      c.postMessage({ type: 'go', step: 9999 });
    }, session);
    const count = before.split('/')[1]!.trim();
    await expect(at).toHaveText(`${count} / ${count}`);
    // No step but the last was ever shown: every forged message was ignored.
    const shown = await page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);
    expect(new Set(shown.map((t) => t.trim()))).toEqual(new Set([`${count} / ${count}`]));
    await expect(page).toHaveURL(new RegExp(`step=${count}(&|$)`));
    await expect(page.locator('aside.presenter')).toHaveAttribute('data-step', 'closing');
  });

  test('Esc returns to the URL, selection and view from before presenting', async ({ page }) => {
    await openMap(page, './#region=yangtze-delta');
    // The panel's chunk arrives after the first fit and the camera refits beside it: the
    // view to return to is the one after that.
    await expect(page.locator('aside.panel h2')).toHaveText('长三角');
    await waitForCameraToSettle(page);
    await expect(page).toHaveURL(/map=/);
    // Under load a late refit (the credit's or the legend's size measured) can follow the
    // first settling: the view to return to is the one that stays through another settle.
    let before = '';
    await expect
      .poll(async () => {
        before = page.url();
        await waitForCameraToSettle(page);
        return page.url() === before;
      })
      .toBe(true);
    await page.getByRole('button', { name: '演示' }).click();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/step=3/);
    await waitForCameraToSettle(page);
    await page.keyboard.press('Escape');
    await expect(page.locator('aside.presenter')).toHaveCount(0);
    await expect(page.locator('aside.panel h2')).toHaveText('长三角');
    await waitForCameraToSettle(page);
    await expect.poll(() => page.url()).toBe(before);
    // A second Esc is the panel's own: it closes, nothing starts presenting again.
    await page.keyboard.press('Escape');
    await expect(page.locator('aside.presenter')).toHaveCount(0);
    await expect(page).not.toHaveURL(/step=/);
  });

  test('clicking a region explores freely, and "back to step" returns', async ({ page }) => {
    await openMap(page, './#step=2');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await waitForCameraToSettle(page);
    // The step the audience was on: its heading names the presenter's text column.
    const heading = await page.getByRole('heading', { level: 2 }).innerText();
    const count = (await page.locator('.step-count').innerText()).split('/')[1]!.trim();
    const p = await screenPoint(page, REGION_INTERIORS.get('yellow-river')!);
    await page.mouse.click(p.x, p.y);
    await expect(page.getByRole('complementary', { name: '黄河流域', exact: true })).toBeVisible();
    await expect(page.getByRole('complementary', { name: heading, exact: true })).toHaveCount(0);
    await expect(page.locator('.legend')).toBeVisible();
    await page.getByRole('button', { name: '回到第 2' }).click();
    // Back on that same step (not the next, not the first), and the region's panel gone.
    await expect(page.getByRole('complementary', { name: heading, exact: true })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveAttribute('value', '2');
    await expect(page.locator('.step-count')).toHaveText(`2 / ${count}`);
    await expect(page).toHaveURL(/step=2(&|$)/);
    await expect(page.getByRole('complementary', { name: '黄河流域', exact: true })).toHaveCount(0);
  });
});
