import { readFileSync } from 'node:fs';
import { expect, openSettled, screenshot, test, waitForCameraToSettle } from './fixtures';

const briefing = JSON.parse(
  readFileSync('data/briefings/pujiang-2023-07/briefing.json', 'utf8'),
) as {
  sections: { points: { heading: { zh: string } }[] }[];
};
const POINTS = briefing.sections.flatMap((s) => s.points);
const STEPS = 2 + POINTS.length + 1; // title, 编者按, the points, closing

test.describe('presenter mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('steps through the whole briefing by keyboard, the URL following', async ({ page }) => {
    test.setTimeout(180_000);
    await openSettled(page);
    await page.getByRole('button', { name: '演示' }).click();
    const presenter = page.locator('aside.presenter');
    await expect(presenter).toHaveAttribute('data-step', 'title');
    await expect(page.locator('.step-count')).toHaveText(`1 / ${STEPS}`);
    const keys = ['ArrowRight', ' ', 'PageDown'];
    for (let i = 1; i < STEPS; i++) {
      await page.keyboard.press(keys[i % keys.length]!);
      await expect(page).toHaveURL(new RegExp(`step=${i + 1}(&|$)`));
      if (i >= 2 && i < 2 + POINTS.length) {
        await expect(presenter.locator('h2')).toHaveText(POINTS[i - 2]!.heading.zh);
      }
      await waitForCameraToSettle(page);
      await screenshot(page, `present-step-${String(i + 1).padStart(2, '0')}`);
    }
    await expect(presenter).toHaveAttribute('data-step', 'closing');
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(new RegExp(`step=${STEPS - 1}`));
    await page.keyboard.press('Home');
    await expect(presenter).toHaveAttribute('data-step', 'title');
    await page.keyboard.press('End');
    await expect(presenter).toHaveAttribute('data-step', 'closing');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/step=4(&|$)/);
    await page.keyboard.press('Escape');
    await expect(presenter).toHaveCount(0);
  });

  test('resumes from a &step= link, with body text of at least 28 px', async ({ page }) => {
    await openSettled(page, './#step=5');
    const presenter = page.locator('aside.presenter');
    await expect(presenter.locator('h2')).toHaveText(POINTS[2]!.heading.zh);
    const size = await presenter
      .locator('blockquote')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await screenshot(page, 'present-resumed-step-5');
  });

  test('clicking a region explores freely, and "back to step" returns', async ({ page }) => {
    await openSettled(page, './#step=4');
    await page.getByRole('button', { name: '京津冀', exact: true }).click();
    await expect(page.locator('aside.panel h2')).toHaveText('京津冀');
    await page.getByRole('button', { name: /回到第/ }).click();
    await expect(page.locator('aside.presenter')).toHaveAttribute('data-step', /.+/);
    await expect(page.locator('aside.panel')).toHaveCount(0);
  });

  test('F asks for fullscreen', async ({ page }) => {
    await openSettled(page, './#step=1');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  });

  test('the presenter window follows the main window', async ({ page }) => {
    await openSettled(page, './#step=1');
    const [notes] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: '演讲者视图' }).click(),
    ]);
    await expect(notes.locator('.presenter-notes')).toHaveAttribute('data-step', 'title');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(notes.locator('.presenter-notes')).toHaveAttribute('data-step', 's1-p1');
    await expect(notes.locator('.note').first()).toBeVisible();
    await notes.getByRole('button', { name: /下一步/ }).click();
    await expect(page).toHaveURL(/step=4(&|$)/);
  });
});

// The PNG export and the print are tested in handout.spec.ts.

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a first visit the app reloads with the network cut off', async ({
    page,
    context,
  }) => {
    await openSettled(page);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
    await page.getByRole('button', { name: '京津冀', exact: true }).click();
    await expect(page.locator('aside.panel h2')).toHaveText('京津冀');
    await context.setOffline(false);
  });
});
