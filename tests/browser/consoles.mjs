// The consoles' stories in Debian's headless Chromium, driven by playwright-core. Run by
// tests/it/browser.rs against a node it started over the demo territory:
//   VIGIE_URL, VIGIE_TEST_CHROMIUM, VIGIE_ARTEFACTS (screenshots), VIGIE_POINT (lat,lon in
//   Giromagny), VIGIE_PHOTO (a JPEG to attach), VIGIE_PHOTO_ORIGIN (the S3 origin photos are
//   served from, when not the node).
// Every request to another origin than the node's (or the photos') fails the run; so does
// any serious or critical accessibility violation (axe-core) on a page.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

const base = process.env.VIGIE_URL;
const origin = new URL(base).origin;
const allowed = new Set([origin, process.env.VIGIE_PHOTO_ORIGIN].filter(Boolean));
const artefacts = process.env.VIGIE_ARTEFACTS;
const [lat, lon] = process.env.VIGIE_POINT.split(',').map(Number);
mkdirSync(artefacts, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const STAFF = ['gendarme.giromagny@vigie.test', 'brigade-demo-90'];
const MAYOR = ['maire.giromagny@vigie.test', 'commune-demo-90'];
const ADMIN = ['admin@vigie.test', 'prefecture-demo-90'];
const RESIDENT = ['habitant.giromagny@vigie.test', 'habitant-demo-90'];
// A partner whose account the commander creates; they choose their password with its code.
const PARTNER = ['mediation@association.test', 'une phrase de passe du partenaire'];
let partnerCode = null;

const step = (text) => console.log(`- ${text}`);
const elsewhere = [];
const pageErrors = [];
// Every reporter (name, e-mail, phone) the API handed out during the stories, counted in the
// answers themselves: the read log must hold exactly one entry for each (tests/it/browser.rs).
let reporterRenderings = 0;
const pendingCounts = [];
function renderings(value) {
  if (Array.isArray(value)) return value.reduce((sum, item) => sum + renderings(item), 0);
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce(
      (sum, [key, item]) => sum + (key === 'reporter' && item && typeof item === 'object' ? 1 : 0) + renderings(item),
      0,
    );
  }
  return 0;
}

// --- the API, as the resident's app uses it ------------------------------------------------
async function api(query, variables = {}, token = null) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  reporterRenderings += renderings(body.data);
  return body.data;
}
async function apiLogin([email, password]) {
  return (await api('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: password })).login.accessToken;
}
async function fileReport(token, description, category = 'SUSPICIOUS_BEHAVIOUR', photoIds = []) {
  const data = await api(
    'mutation($input: FileReportInput!) { fileReport(input: $input) { id brigade { code } } }',
    { input: { clientRequestId: crypto.randomUUID(), categoryCode: category, description, photoIds, location: { latitude: lat, longitude: lon, accuracyMeters: 10 } } },
    token,
  );
  return data.fileReport;
}
/** Uploads a photo as the app does: a ticket, then a PUT of the bytes with its headers. */
async function uploadPhoto(token, bytes) {
  const { requestPhotoUpload: ticket } = await api(
    'mutation($t: String!, $n: Int!) { requestPhotoUpload(contentType: $t, byteSize: $n) { photoId uploadUrl method headers { name value } } }',
    { t: 'image/jpeg', n: bytes.length },
    token,
  );
  const headers = Object.fromEntries(ticket.headers.filter((h) => h.name.toLowerCase() !== 'content-length').map((h) => [h.name, h.value]));
  const put = await fetch(ticket.uploadUrl, { method: ticket.method, headers, body: bytes });
  assert.ok(put.ok, `photo upload: HTTP ${put.status}`);
  return ticket.photoId;
}

// --- the browser -------------------------------------------------------------------------
const browser = await chromium.launch({
  executablePath: process.env.VIGIE_TEST_CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  ],
});

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!allowed.has(new URL(url).origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).host !== new URL(base).host) elsewhere.push(socket.url());
    socket.on('framereceived', ({ payload }) => {
      try {
        const message = JSON.parse(String(payload));
        if (message.type === 'next') reporterRenderings += renderings(message.payload?.data);
      } catch {
        // not JSON: nothing of ours
      }
    });
  });
  page.on('response', (response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
    pendingCounts.push(
      response
        .json()
        .then((body) => {
          reporterRenderings += renderings(body?.data);
          // Every error the page received, by code: a story stuck on a step says why.
          for (const error of body?.errors ?? []) console.log(`  (graphql error ${error.extensions?.code}: ${error.message})`);
        })
        .catch(() => {}),
    );
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && !/401|403/.test(message.text()) && pageErrors.push(message.text()));
  page.setDefaultTimeout(15_000);
  return { context, page };
}

// Closes a story's browser once its requests are answered and counted (a body read after
// the close would be lost to the count).
async function settle(context) {
  for (const page of context.pages()) await page.waitForLoadState('networkidle').catch(() => {});
  await Promise.all(pendingCounts);
  await context.close();
}

async function signIn(page, [email, password]) {
  await page.goto(`${base}/`);
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

async function accessible(page, name) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations) console.log(`  axe ${name}: ${v.impact} ${v.id} — ${v.help} ${JSON.stringify(v.nodes)}`);
  assert.deepEqual(serious, [], `${name}: serious accessibility violations`);
}

async function shot(page, name) {
  await page.screenshot({ path: `${artefacts}/${name}.png`, fullPage: true });
}

try {
  // First load, five times with an empty cache: what the browser downloads before the
  // sign-in form is usable, and how long that takes (reported, not asserted: BENCHMARKS.md).
  {
    const timings = [];
    for (let run = 0; run < 5; run++) {
      const { context, page } = await newPage();
      let bytes = 0;
      // Headers of a response still arriving when the context closes are not read: the
      // rejection would end the whole run (the load is measured before that).
      page.on('response', (response) => {
        response
          .allHeaders()
          .then((headers) => {
            bytes += Number(headers['content-length'] ?? 0);
          })
          .catch(() => {});
      });
      const started = Date.now();
      await page.goto(`${base}/`);
      await page.getByRole('button', { name: 'Se connecter' }).waitFor();
      timings.push(Date.now() - started);
      assert.ok(bytes > 0 && bytes < 300 * 1024, `first load ${bytes} B`);
      if (run === 0) {
        step(`first load: ${bytes} B compressed`);
        assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
        await shot(page, '01-connexion');
        await accessible(page, 'connexion');
      }
      await settle(context);
    }
    timings.sort((a, b) => a - b);
    step(`sign-in form usable after ${timings[2]} ms (median of 5 cold loads; slowest ${timings[4]} ms)`);
  }

  // A resident is refused the consoles.
  {
    const { context, page } = await newPage();
    await signIn(page, RESIDENT);
    await page.getByText('Les consoles sont réservées').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Se connecter' }).count(), 1);
    const cookies = await context.cookies();
    assert.ok(!cookies.some((c) => c.name === 'vigie_refresh' && c.value), 'a refused resident keeps no session cookie');
    step('a resident who signs in is refused the consoles');
    await settle(context);
  }

  const resident = await apiLogin(RESIDENT);

  // Brigade: the queue, live; the map; a report acknowledged with a public note; another rerouted.
  {
    const { context, page } = await newPage();
    await signIn(page, STAFF);
    await page.getByRole('heading', { name: /Console de brigade/ }).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === 'vigie_refresh');
    assert.ok(cookie && cookie.httpOnly && cookie.secure && cookie.sameSite === 'Strict' && cookie.path === '/graphql', `session cookie: ${JSON.stringify(cookie)}`);
    assert.ok(!(await page.evaluate(() => document.cookie)).includes('vigie_refresh'), 'the page cannot read the refresh token');
    await page.getByText('Mises à jour en direct').waitFor();
    step('staff signed in; refresh token in an HttpOnly, Secure, SameSite=Strict cookie on /graphql');

    const description = `Console ${Date.now()} : deux personnes relèvent les plaques dans la rue des Vosges.`;
    const photo = await uploadPhoto(resident, readFileSync(process.env.VIGIE_PHOTO));
    const filed = await fileReport(resident, description, 'SUSPICIOUS_BEHAVIOUR', [photo]);
    const row = page.locator(`tr[data-report="${filed.id}"]`);
    await row.waitFor();
    await page.locator(`g.marker[data-report="${filed.id}"]`).waitFor();
    step('a report filed through the API appears live in the queue and on the map');
    await shot(page, '02-brigade-file');
    await accessible(page, 'brigade-file');
    await page.setViewportSize({ width: 820, height: 1180 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling on a tablet');
    await shot(page, '02b-brigade-file-tablette');
    await page.setViewportSize({ width: 1280, height: 800 });

    await row.getByRole('button').click();
    await page.getByRole('heading', { name: /Comportement suspect|—/ }).first().waitFor();
    await page.getByText(description).first().waitFor();
    const image = page.getByRole('img', { name: 'Photo 1 jointe au signalement' });
    await image.waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.photos img')].every((img) => img.complete && img.naturalWidth > 0));
    await page.getByRole('link', { name: 'habitant.giromagny@vigie.test' }).waitFor();
    step('the detail shows the photo (signed link, allowed by the policy) and the reporter\'s contact');
    await page.getByLabel('Réponse au signalant (visible par lui)').fill('Merci, une patrouille passe dans la soirée.');
    await page.getByLabel('Note interne (brigade seulement)').fill('Voir avec la police municipale.');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await page.getByText('Statut mis à jour.').waitFor();
    await page.getByTestId('report-status').getByText('Pris en compte').waitFor();
    const seen = await api('query($id: ID!) { report(id: $id) { status events { kind publicNote internalNote } } }', { id: filed.id }, resident);
    assert.equal(seen.report.status, 'ACKNOWLEDGED');
    assert.ok(seen.report.events.some((e) => e.publicNote === 'Merci, une patrouille passe dans la soirée.'));
    assert.ok(seen.report.events.every((e) => e.internalNote === null), 'the reporter never sees internal notes');
    step('opened, acknowledged with a public note: the reporter sees it, not the internal note');
    await page.getByLabel('Message d’intervention (SMS, sans nom ni adresse)').fill('Intervention de la gendarmerie en cours secteur des Vosges.');
    await page.getByRole('button', { name: 'Envoyer l’alerte' }).click();
    await page.getByText(/Alerte envoyée à \d+ élu/).waitFor();
    await page.getByLabel('Message de fin d’intervention').fill('Vérification faite, rien à signaler.');
    await page.getByRole('button', { name: 'Terminer l’intervention' }).click();
    await page.getByText(/^Terminée le/).waitFor();
    step('the commune\'s elected officials alerted about it, then told the intervention ended');
    // The brigade's own order: the report taken in hand and raised, then found under « mine ».
    const member = page.getByLabel('Membre de la brigade');
    await member.locator('option').nth(1).waitFor({ state: 'attached' });
    await member.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Enregistrer l’attribution' }).click();
    await page.getByText('Signalement attribué.').waitFor();
    await page.getByTestId('report-assignee').filter({ hasNotText: 'Personne' }).waitFor();
    await page.getByLabel('Priorité de la brigade').selectOption({ label: 'Immédiate' });
    await page.getByLabel('Raison du changement (note interne)').fill('Même secteur que les vols de la semaine.');
    await page.getByRole('button', { name: 'Changer la priorité' }).click();
    await page.getByText('Priorité enregistrée.').waitFor();
    await page.getByTestId('report-priority').getByText('Immédiate').waitFor();
    await page.getByLabel('Suivi').selectOption({ label: 'Attribués à moi' });
    await page.getByTestId('queue-count').getByText('1 signalement').waitFor();
    await row.waitFor();
    const held = await api('query($id: ID!) { report(id: $id) { priority assignee { id } } }', { id: filed.id }, resident);
    assert.equal(held.report.priority, null, 'the reporter sees neither priority nor assignee');
    assert.equal(held.report.assignee, null);
    await page.getByLabel('Suivi').selectOption({ label: 'Tous' });
    step('taken in hand and raised to « immédiate » with its reason; found under « attribués à moi »; the reporter sees neither');
    await shot(page, '03-brigade-signalement');
    await accessible(page, 'brigade-signalement');

    const other = await fileReport(resident, `À transmettre ${Date.now()} : dépôt sauvage de gravats au bord du chemin.`, 'OTHER');
    const otherRow = page.locator(`tr[data-report="${other.id}"]`);
    await otherRow.waitFor();
    await otherRow.getByRole('button').click();
    await page.getByRole('heading', { name: 'Transmettre à une autre unité' }).waitFor();
    const target = await page.getByLabel('Unité destinataire').locator('option:checked').textContent();
    await page.getByLabel('Motif').fill('Relève de la police municipale.');
    await page.getByRole('button', { name: 'Transmettre', exact: true }).click();
    await otherRow.waitFor({ state: 'detached' });
    const moved = await api('query($id: ID!) { report(id: $id) { brigade { name } routingRule } }', { id: other.id }, resident);
    assert.equal(moved.report.brigade.name, target.trim());
    assert.equal(moved.report.routingRule, 'REROUTED');
    step(`another report rerouted to ${target.trim()}: it left the queue`);

    // A third report of the same kind at the same place: the API suggests the first one.
    const again = await fileReport(resident, `Doublon ${Date.now()} : les mêmes personnes relèvent les plaques.`);
    const againRow = page.locator(`tr[data-report="${again.id}"]`);
    await againRow.waitFor();
    await againRow.getByRole('button').click();
    await page.getByRole('button', { name: /^Classer ce signalement comme doublon/ }).click();
    await page.getByTestId('report-status').getByText('Doublon').waitFor();
    const linked = await api('query($id: ID!) { report(id: $id) { status duplicateOf { id } } }', { id: again.id }, resident);
    assert.equal(linked.report.status, 'DUPLICATE');
    step('a third report, at the same place, closed as a duplicate of the suggested one');

    // Keyset pages: 21 more reports of one category, filtered, read 20 then 1.
    for (let n = 0; n < 21; n++) await fileReport(resident, `Série ${n} : un véhicule stationne longuement devant l’école.`, 'OTHER');
    await page.getByLabel('Catégorie', { exact: true }).selectOption({ label: 'Autre fait suspect' });
    await page.getByTestId('queue-count').getByText('21 signalements').waitFor();
    assert.equal(await page.locator('table.queue tbody tr').count(), 20);
    await page.getByRole('button', { name: 'Page suivante' }).click();
    await page.getByText('Page 2').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('table.queue tbody tr').length === 1);
    assert.ok(await page.getByRole('button', { name: 'Page suivante' }).isDisabled());
    await page.getByRole('button', { name: 'Page précédente' }).click();
    await page.getByText('Page 1').waitFor();
    step('filtered by category, the queue reads in keyset pages of 20 (21 = 20 + 1)');

    // The commander works an overdue incident: two reports of one burglary, in one row.
    const [lead, second] = process.env.VIGIE_INCIDENT.split(',');
    await page.getByLabel('Catégorie', { exact: true }).selectOption({ label: 'Toutes' });
    await page.getByLabel('Suivi').selectOption({ label: 'En retard de prise en compte' });
    await page.getByLabel('Une ligne par incident').check();
    const leadRow = page.locator(`tr[data-report="${lead}"]`);
    await leadRow.getByText('Incident · 2 signalements').waitFor();
    await page.locator(`tr[data-report="${second}"]`).waitFor({ state: 'detached' }); // one row per incident
    await leadRow.getByText('En retard').waitFor();
    await leadRow.getByRole('button').click();
    await page.getByRole('heading', { name: /^Incident : 2 signalements/ }).waitFor();
    await page.getByRole('button', { name: 'Confirmer l’incident' }).click();
    await page.getByText('Incident confirmé.').waitFor();
    await page.getByRole('heading', { name: 'Incident : 2 signalements (confirmé)' }).waitFor();
    const holder = page.getByLabel('Membre de la brigade');
    await holder.locator('option').nth(1).waitFor({ state: 'attached' });
    await holder.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Enregistrer l’attribution' }).click();
    await page.getByText('Signalement attribué.').waitFor();
    await shot(page, '03c-brigade-incident');
    await accessible(page, 'brigade-incident');
    await page.getByLabel('Passer tout l’incident à').selectOption({ label: 'Pris en compte' });
    await page.getByLabel('Réponse aux signalants (chacun la lit sur le sien)').fill('Une patrouille est en route vers votre rue.');
    await page.getByRole('button', { name: 'Faire passer tout l’incident' }).click();
    await page.getByText(/^2 signalements passés à « Pris en compte »/).waitFor();
    const both = await api('query($a: ID!, $b: ID!) { a: report(id: $a) { status events { publicNote } } b: report(id: $b) { status } }', { a: lead, b: second }, resident);
    assert.deepEqual([both.a.status, both.b.status], ['ACKNOWLEDGED', 'ACKNOWLEDGED']);
    assert.ok(both.a.events.some((e) => e.publicNote === 'Une patrouille est en route vers votre rue.'));
    await leadRow.waitFor({ state: 'detached' });
    await page.getByLabel('Une ligne par incident').uncheck();
    await page.getByLabel('Suivi').selectOption({ label: 'Tous' });
    step('the commander found an overdue burglary as one incident row, confirmed it, took it in hand and acknowledged both reports at once; each reporter read the answer');

    // The commander answers a security request the mayor opened (through the API).
    const mayorToken = await apiLogin(MAYOR);
    const subject = `Sécurité de la fête de l’école ${Date.now()}`;
    const opened = await api(
      'mutation($i: SecurityRequestInput!) { openSecurityRequest(input: $i) { id } }',
      { i: { communeCode: '90052', topic: 'EVENT', subject, body: 'Pouvez-vous passer voir le dispositif de la kermesse samedi ?' } },
      mayorToken,
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Demandes de sécurité' }).waitFor();
    await page.getByRole('button', { name: subject }).click();
    await page.getByText('Pouvez-vous passer voir le dispositif de la kermesse samedi ?').waitFor();
    await page.getByLabel('Votre réponse').fill('Le référent passera vendredi à 17 h avec le plan du site.');
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await page.getByText('Message envoyé.').waitFor();
    await page.getByText('Le référent passera vendredi à 17 h avec le plan du site.').waitFor();
    const answered = await api('query($id: ID!) { securityRequest(id: $id) { status messages { body } } }', { id: opened.openSecurityRequest.id }, mayorToken);
    assert.equal(answered.securityRequest.status, 'ANSWERED');
    assert.equal(answered.securityRequest.messages.length, 2);
    await shot(page, '03d-brigade-demandes');
    await accessible(page, 'brigade-demandes');
    step('the commander read a security request the mayor opened and answered it; the mayor sees it answered');

    // The commander, designated référent of Giromagny, registers a partner organisation and
    // its member's account, opens a partnership case in the console, adds the organisation
    // and the mayor, links a rodeo report of the sector, and runs the case end to end.
    const staffToken = await apiLogin(STAFF);
    const staffId = (await api('{ me { id } }', {}, staffToken)).me.id;
    await api('mutation($u: ID!) { designateReferent(communeCode: "90052", userId: $u) { code } }', { u: staffId }, staffToken);
    const rodeo = await fileReport(await apiLogin(RESIDENT), 'Rodéo de motos sur le parking du stade.', 'MOTORBIKE_RODEO');
    await page.reload();
    // The commander designates himself référent of another commune in the console, reads its
    // référents in turn, then ends the designation.
    const referents = page.locator('#referents');
    const coveredRow = referents.locator('tr[data-referent-of]:not([data-referent-of="90052"])').first();
    const otherName = (await coveredRow.locator('td').first().textContent()).trim();
    await coveredRow.getByRole('button').click();
    const designation = page.getByTestId('referent-detail');
    await designation.getByLabel('Membre de la brigade à désigner').selectOption(staffId);
    await designation.getByRole('button', { name: 'Désigner comme référent' }).click();
    await designation.getByText(`Adjudant Morel est désormais référent de ${otherName}.`).waitFor();
    await designation.getByTestId('referent-history').getByText(/^Adjudant Morel — depuis le .*\(en fonction\)$/).waitFor();
    await shot(page, '03d2-brigade-referents');
    await accessible(page, 'brigade-referents');
    await designation.getByRole('button', { name: 'Mettre fin à la désignation actuelle' }).click();
    await designation.getByText(`${otherName} n’a plus de référent désigné.`).waitFor();
    await coveredRow.getByRole('cell', { name: 'Aucun', exact: true }).waitFor();
    step(`the commander designated himself référent of ${otherName} in the console, read its history, then ended it`);
    const partners = page.locator('#partenaires');
    await partners.getByLabel('Nom de l’organisation').fill('Association Médiation Nord');
    await partners.getByLabel('Type de partenaire').selectOption('ASSOCIATION');
    await partners.getByRole('button', { name: 'Enregistrer l’organisation' }).click();
    await partners.getByText('Organisation « Association Médiation Nord » enregistrée.').waitFor();
    await partners.getByRole('button', { name: 'Association Médiation Nord' }).click();
    await partners.getByLabel('Adresse électronique du partenaire').fill(PARTNER[0]);
    await partners.getByLabel('Nom affiché aux membres des dossiers').fill('Médiatrice de l’association');
    await partners.getByRole('button', { name: 'Créer le compte' }).click();
    partnerCode = (await partners.getByTestId('partner-code').textContent()).trim();
    await partners.getByTestId('partner-accounts').getByText(`Médiatrice de l’association — ${PARTNER[0]}`).waitFor();
    await shot(page, '03e-brigade-partenaires');
    await accessible(page, 'brigade-partenaires');
    step('the commander registered a partner organisation and its member\'s account, with the one-time code to hand over');

    const title = `Rodéos autour du stade ${Date.now()}`;
    const opening = page.getByRole('form', { name: 'Ouvrir un dossier de partenariat' });
    await opening.getByLabel('Intitulé du dossier').fill(title);
    await opening.getByLabel('Problème identifié').fill('Rodéos motorisés le soir autour du stade municipal.');
    await opening.getByRole('checkbox', { name: 'Giromagny', exact: true }).check();
    await opening.getByRole('checkbox', { name: 'Rodéo motorisé', exact: true }).check();
    await opening.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await page.getByRole('button', { name: title }).waitFor();
    const members = page.getByTestId('case-members');
    const candidate = page.getByLabel('Personne ou organisation à ajouter');
    await candidate.selectOption({ label: 'Association Médiation Nord (Association)' });
    await page.getByRole('button', { name: 'Ajouter au dossier' }).click();
    await members.getByText('Association Médiation Nord').waitFor();
    await candidate.selectOption({ label: 'Mairie de Giromagny (Coordinateur communal)' });
    await page.getByRole('button', { name: 'Ajouter au dossier' }).click();
    await members.getByText('Mairie de Giromagny').waitFor();
    await page.getByRole('button', { name: 'Retirer Mairie de Giromagny du dossier' }).click();
    await members.getByText('Mairie de Giromagny').waitFor({ state: 'detached' });
    await page.locator(`[data-suggestion="${rodeo.id}"]`).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Rattacher les signalements cochés' }).click();
    await page.getByText('Signalement rattaché.').waitFor();
    await page.getByRole('heading', { name: 'Signalements rattachés (1)' }).waitFor();
    await shot(page, '03f-brigade-dossier');
    await accessible(page, 'brigade-dossier');
    step('the référent opened a case in the console, added an organisation and the mayor among those offered (and removed the mayor), and linked a rodeo report of the sector');
    await page.getByLabel('Action décidée').fill('Pose de barrières aux accès du stade');
    await page.getByLabel('Qui la mène').fill('Services techniques de la mairie');
    await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
    await page.getByTestId('case-actions').getByText(/^Pose de barrières aux accès du stade/).waitFor();
    await page.getByLabel('Participants').fill('Mairie, gendarmerie, bailleur social');
    await page.getByLabel('Ce qui a été dit et décidé').fill('Barrières posées ; patrouilles le vendredi soir.');
    await page.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    await page.getByTestId('case-meetings').getByText('Barrières posées ; patrouilles le vendredi soir.').waitFor();
    await shot(page, '03g-brigade-partenariat');
    await accessible(page, 'brigade-partenariat');
    await page.getByLabel('Bilan du groupe (ce qui a été obtenu)').fill('Plus de rodéo signalé depuis la pose des barrières.');
    await page.getByRole('button', { name: 'Clore le dossier avec ce bilan' }).click();
    await page.getByTestId('case-assessment').getByText('Plus de rodéo signalé depuis la pose des barrières.').waitFor();
    step('the commander, made référent, opened a partnership case, recorded an action and a meeting in the console, and closed it with its assessment');

    // The session survives a reload (the cookie), and ends with the logout.
    await page.reload();
    await page.getByRole('heading', { name: /Console de brigade/ }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    assert.ok(!(await context.cookies()).some((c) => c.name === 'vigie_refresh' && c.value), 'logout clears the cookie');
    await page.reload();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    step('the session survives a reload through the cookie; logging out ends it');
    await settle(context);
  }

  // The partner chooses a password with the code the commander handed over, signs in and
  // reads the closed case their organisation belongs to: no report id, no reporter.
  {
    assert.ok(partnerCode, 'the commander created the partner\'s account');
    const { context, page } = await newPage();
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: /J’ai reçu un code à usage unique/ }).click();
    await page.getByLabel('Adresse électronique du compte').fill(PARTNER[0]);
    await page.getByLabel('Code à usage unique').fill(partnerCode);
    await page.getByLabel('Nouveau mot de passe').fill(PARTNER[1]);
    await shot(page, '03h-partenaire-mot-de-passe');
    await accessible(page, 'partenaire-mot-de-passe');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe et se connecter' }).click();
    await page.getByRole('heading', { name: /Espace partenaire/ }).waitFor();
    await page.getByRole('button', { name: /^Rodéos autour du stade/ }).click();
    await page.getByTestId('case-assessment').getByText('Plus de rodéo signalé depuis la pose des barrières.').waitFor();
    await page.getByRole('heading', { name: 'Signalements rattachés (1)' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ajouter au dossier' }).count(), 0, 'a partner does not run the case');
    assert.equal(await page.getByText('Claire Habitante').count(), 0, 'no reporter for a partner');
    await shot(page, '03i-partenaire-dossier');
    await accessible(page, 'partenaire-dossier');
    step('the partner chose a password with the one-time code and read the closed case of their organisation, without reporter');
    await settle(context);
  }

  // Commune: an enrolment approved; the activity chart and grid.
  {
    const email = `nouvelle.${Date.now()}@example.fr`;
    const registered = await api(
      'mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }',
      { input: { email, password: 'une phrase de passe solide', displayName: 'Nadia Nouvelle', communeCode: '90052' } },
    );
    const { context, page } = await newPage();
    // With the keyboard alone: Tab to each field, Enter to sign in.
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type(MAYOR[0]);
    await page.keyboard.press('Tab');
    await page.keyboard.type(MAYOR[1]);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Console communale/ }).waitFor();
    const person = page.locator(`li[data-person="${email}"]`);
    await person.waitFor();
    await page.getByText('Intervention de la gendarmerie en cours secteur des Vosges.').waitFor();
    // An alert sent now appears without reloading (the coordinator's notification feed).
    const staffToken = await apiLogin(STAFF);
    await api('mutation { sendInterventionAlert(communeCode: "90052", message: "Contrôle routier en cours route de Belfort.") { id } }', {}, staffToken);
    await page.getByText('Contrôle routier en cours route de Belfort.').waitFor();
    // The mayor chooses whether the alerts also come by SMS (read back through the API).
    const texted = page.getByRole('checkbox', { name: 'Recevoir les alertes d’intervention par SMS' });
    assert.equal(await texted.isChecked(), true, 'a mayor is texted by default');
    await texted.uncheck();
    await page.getByText('Vous ne recevrez plus les alertes par SMS.').waitFor();
    const mayorToken = await apiLogin(MAYOR);
    assert.equal((await api('{ me { smsAlerts } }', {}, mayorToken)).me.smsAlerts, false);
    await texted.check();
    await page.getByText('Vous recevrez les alertes par SMS.').waitFor();
    step('the mayor turned SMS alerts off, then on again');
    await page.getByTestId('weekly-chart').locator('rect.bar').first().waitFor();
    assert.ok(Number(await page.getByTestId('activity-total').textContent()) >= 2);
    assert.equal(await page.locator('.marker.urgency-grid').count() > 0, true, 'the grid is on the map');
    assert.equal(await page.getByText('Nouvel Habitant').count() + (await page.getByText('Claire Habitante').count()), 0, 'no reporter on the activity');
    await shot(page, '04-commune');
    await accessible(page, 'commune');
    // A message from the mairie reaches the enrolled residents' feeds.
    await page.getByLabel('Titre du message').fill('Vague de cambriolages');
    await page.getByLabel('Texte du message (sans nom ni adresse)').fill('Fermez portes et fenêtres en votre absence et signalez tout véhicule suspect.');
    await page.getByRole('button', { name: 'Envoyer aux habitants' }).click();
    await page.getByText(/^Message envoyé à \d+ habitants?\./).waitFor();
    await page.getByTestId('broadcasts').getByText('Vague de cambriolages').waitFor();
    const residentToken = await apiLogin(RESIDENT);
    const feed = await api('{ notifications(first: 5) { nodes { kind title } } }', {}, residentToken);
    assert.ok(feed.notifications.nodes.some((n) => n.kind === 'BROADCAST' && n.title === 'Vague de cambriolages'), 'the resident reads the message');
    step('the mayor sent a message to the enrolled residents; a resident reads it in their feed');
    await person.getByRole('button', { name: 'Approuver Nadia Nouvelle' }).focus();
    await page.keyboard.press('Enter');
    await person.waitFor({ state: 'detached' });
    const me = await api('{ me { enrolmentStatus } }', {}, registered.register.accessToken);
    assert.equal(me.me.enrolmentStatus, 'APPROVED');
    step('a coordinator, with the keyboard alone, signed in and approved an enrolment; sees the activity chart and the grid, and an alert arrive live');
    // The annual bilan: small counts masked, the whole table as a CSV download.
    await page.getByTestId('bilan-total').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le bilan (CSV)' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('rubrique,valeur,nombre\n'), csv);
    assert.match(download.suggestedFilename(), /^bilan-90052-\d{4}\.csv$/);
    assert.ok(!/Claire Habitante|habitant\.giromagny/.test(csv), 'no reporter in the bilan');
    step('the commune\'s annual bilan downloads as CSV, small counts masked');
    await settle(context);
  }

  // Administration.
  {
    const { context, page } = await newPage();
    await signIn(page, ADMIN);
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    await page.getByRole('cell', { name: 'Giromagny', exact: true }).waitFor();
    await shot(page, '05-admin-communes');
    await accessible(page, 'admin-communes');
    // Lepuix joins the scheme under a signed protocol; its history shows the period.
    await page.getByLabel('Communes affichées').selectOption({ label: 'Hors du dispositif' });
    await page.getByRole('button', { name: 'Protocoles de Lepuix', exact: true }).click();
    await page.getByLabel('Référence du protocole signé').fill('PC-90-2026-042');
    await page.getByRole('button', { name: 'Enregistrer l’adhésion de Lepuix' }).click();
    await page.getByText(/^Lepuix participe au dispositif depuis le/).waitFor();
    await page.getByTestId('participation-periods').getByText(/protocole PC-90-2026-042/).waitFor();
    await page.getByRole('button', { name: 'Enregistrer la sortie de Lepuix' }).waitFor();
    await shot(page, '05a-admin-participation');
    await accessible(page, 'admin-participation');
    await page.getByLabel('Communes affichées').selectOption({ label: 'Dans le dispositif' });
    await page.locator('tr[data-commune="90065"]').getByText(/^Depuis le/).waitFor();
    const lepuix = await api('{ communes(departement: "90", participating: true) { code } }');
    assert.ok(lepuix.communes.some((c) => c.code === '90065'), 'Lepuix takes part');
    step('an admin recorded Lepuix joining the scheme under its protocol, and reads its history');
    // The prefecture's page: every commune, the brigades' timeliness, the chart and the grid.
    await page.getByRole('tab', { name: 'Département' }).click();
    await page.getByTestId('departement-total').waitFor();
    await page.getByText('Brigades : délais de prise en compte').waitFor();
    await shot(page, '05b-admin-departement');
    await accessible(page, 'admin-departement');
    for (const [tab, file, text] of [
      ['Brigades', '06-admin-brigades', 'COB-GIROMAGNY'],
      ['Catégories', '07-admin-categories', 'OTHER'],
      ['Comptes', '08-admin-comptes', 'gendarme.giromagny@vigie.test'],
      ["Journal", "09-admin-journal", "login.success"],
    ]) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('cell', { name: text }).first().waitFor();
      await shot(page, file);
      await accessible(page, `admin-${tab}`);
    }
    // Routing rules: Belfort's incivilities go to its municipal police; add one, remove it.
    await page.getByRole('tab', { name: 'Acheminement' }).click();
    await page.getByLabel('Commune').selectOption({ label: 'Belfort' });
    await page.getByRole('cell', { name: 'Police municipale de Belfort' }).waitFor();
    await page.getByRole('form', { name: 'Nouvelle règle' }).getByLabel('Catégorie').selectOption({ label: 'Dégradations, vandalisme' });
    await page.getByLabel('Brigade destinataire').selectOption({ label: 'Police municipale de Belfort' });
    await page.getByRole('button', { name: 'Enregistrer la règle' }).click();
    await page.getByRole('button', { name: 'Retirer la règle « Dégradations, vandalisme »' }).waitFor();
    await shot(page, '10-admin-acheminement');
    await accessible(page, 'admin-acheminement');
    await page.getByRole('button', { name: 'Retirer la règle « Dégradations, vandalisme »' }).click();
    await page.getByRole('button', { name: 'Retirer la règle « Dégradations, vandalisme »' }).waitFor({ state: 'detached' });
    step('an admin reads the département page, browses communes, brigades, categories, accounts and the audit log, and sets then removes a routing rule');
    await settle(context);
  }

  // Two-factor sign-in: a new staff member enrols an authenticator app from the QR code,
  // keeps the recovery codes, then signs in with the app's code (computed by oathtool, an
  // implementation of RFC 6238 independent of the server's).
  if (process.env.VIGIE_TEST_OATHTOOL) {
    const totp = (secret, at) =>
      execFileSync(process.env.VIGIE_TEST_OATHTOOL, ['--totp', '--base32', '--now', `@${at}`, secret], { encoding: 'utf8' }).trim();
    const agent = ['deux.facteurs@vigie.test', 'une phrase de passe solide'];
    const admin = await apiLogin(ADMIN);
    await api(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      { input: { email: agent[0], password: agent[1], displayName: 'Adjudant Deux-Facteurs', role: 'BRIGADE_STAFF', brigadeCode: 'COB-GIROMAGNY' } },
      admin,
    );
    const { context, page } = await newPage();
    await signIn(page, agent);
    await page.getByRole('button', { name: 'Activer la double authentification' }).click();
    await page.getByRole('img', { name: 'Code QR de l’application d’authentification' }).waitFor();
    const secret = (await page.locator('#securite code').first().textContent()).trim();
    await page.getByLabel('Code à 6 chiffres').fill(totp(secret, Math.floor(Date.now() / 1000)));
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Double authentification activée.').waitFor();
    assert.equal(await page.locator('.recovery code').count(), 10, 'ten recovery codes shown');
    await shot(page, '11-double-authentification');
    await accessible(page, 'double-authentification');
    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    // Signed out (the session cookie cleared) before signing in again.
    await page.getByLabel('Adresse électronique').waitFor();
    await signIn(page, agent);
    await page.getByLabel('Code de vérification').fill(totp(secret, Math.floor(Date.now() / 1000) + 30));
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: /Console de brigade/ }).waitFor();
    step('a staff member enrolled an authenticator app from the QR code, then signed in with its code');
    await settle(context);
  }

  assert.deepEqual(elsewhere, [], 'requests to other origins');
  assert.deepEqual(pageErrors, [], 'errors in the pages');
  await Promise.all(pendingCounts);
  console.log(`reporter renderings: ${reporterRenderings}`);
  step(`no request left ${origin}; screenshots in ${artefacts}`);
} finally {
  await browser.close();
}
