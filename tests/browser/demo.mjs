// A newcomer's first look at `vigie serve --demo` (run by tests/it/ops/demo.rs): the brigade
// console shows a queue, the commune console enrolments waiting and the activity chart, the
// administration its communes — screenshots in VIGIE_ARTEFACTS. Env: VIGIE_URL,
// VIGIE_TEST_CHROMIUM, VIGIE_ARTEFACTS.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.VIGIE_URL;
const artefacts = process.env.VIGIE_ARTEFACTS;
mkdirSync(artefacts, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.VIGIE_TEST_CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
});

async function signedIn(email, password, heading) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${base}/`);
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
  return { context, page };
}

try {
  {
    const { context, page } = await signedIn('gendarme.giromagny@vigie.test', 'brigade-demo-90', /Console de brigade/);
    await page.locator('tr[data-report]').nth(4).waitFor();
    const rows = await page.locator('tr[data-report]').count();
    assert.ok(rows >= 5, `the queue shows ${rows} reports`);
    await page.locator('g.marker[data-report]').first().waitFor();
    await page.screenshot({ path: `${artefacts}/demo-01-brigade-queue.png`, fullPage: true });
    console.log(`- brigade: a queue of ${rows} open reports, on the map`);
    await context.close();
  }
  {
    const { context, page } = await signedIn('maire.giromagny@vigie.test', 'commune-demo-90', /Console communale/);
    await page.locator('li[data-person]').nth(1).waitFor();
    const waiting = await page.locator('li[data-person]').count();
    assert.ok(waiting >= 2, `${waiting} enrolments waiting`);
    await page.getByTestId('weekly-chart').locator('rect.bar').first().waitFor();
    const total = Number(await page.getByTestId('activity-total').textContent());
    assert.ok(total >= 5, `the activity counts ${total} reports`);
    await page.screenshot({ path: `${artefacts}/demo-02-commune.png`, fullPage: true });
    console.log(`- commune: ${waiting} enrolments waiting, a chart of ${total} reports`);
    await context.close();
  }
  {
    const { context, page } = await signedIn('admin@vigie.test', 'prefecture-demo-90', 'Administration');
    await page.getByRole('cell', { name: 'Giromagny', exact: true }).waitFor();
    await page.screenshot({ path: `${artefacts}/demo-03-administration.png`, fullPage: true });
    await page.getByRole('tab', { name: 'Département' }).click();
    await page.getByTestId('weekly-chart').locator('rect.bar').first().waitFor();
    const total = Number(await page.getByTestId('departement-total').textContent());
    assert.ok(total >= 10, `the département page counts ${total} reports`);
    await page.screenshot({ path: `${artefacts}/demo-04-departement.png`, fullPage: true });
    console.log(`- administration: the communes, and the département page with ${total} reports`);
    await context.close();
  }
} finally {
  await browser.close();
}
