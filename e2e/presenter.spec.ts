import { expect, openSettled, test } from './fixtures';

// Presenter mode is tested in deck.spec.ts; the export and the print in handout.spec.ts.

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
