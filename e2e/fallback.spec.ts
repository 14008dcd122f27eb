import { expect, openMap, screenshot, test, waitForStillMap } from './fixtures';

// Runs in both projects; in the one without WebGL it is the whole map.
test.describe('the SVG map without WebGL2', () => {
  test('stays, says quietly that it runs in a simpler mode, and does everything', async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'no-webgl', 'needs a browser without WebGL2');
    await openMap(page, './#region=greater-bay-area', 'svg');
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
    await expect(page.locator('aside.panel h2')).toHaveText('粤港澳大湾区');
    // The region's own link (links between regions are drawn from the start).
    await expect(
      page.locator('.arcs-overlay g.arc[data-link="hong-kong-shenzhen-hetao"]'),
    ).toBeVisible();
    await waitForStillMap(page);
    await screenshot(page, 'no-webgl-greater-bay-area');
    await page.keyboard.press('Escape');
    // The note belongs to the start view (beside a panel it would take the selection's room).
    await expect(page.getByRole('note').filter({ hasText: 'WebGL2' })).toBeVisible();
    await page.getByRole('button', { name: '演示' }).click();
    await page.keyboard.press('End');
    await expect(page.locator('aside.presenter')).toHaveAttribute('data-step', 'closing');
  });
});
