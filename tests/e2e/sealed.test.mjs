// Sealed responses from the set-up page to two facilitators' dashboards, with real servers: PouchDB
// Server with an administrator and real users (a submitter, two facilitators) behind Debian's nginx
// with the production configuration, the survey's database taking sealed responses only. The first
// facilitator seals the survey with a passphrase (by keyboard) and publishes it with its wrapped
// key; a kiosk sends responses through the write-only address; reading the database as the
// submitter and as the administrator shows no answer, group or free text; the first dashboard
// opens them once its passphrase is given, and the next one live; a second facilitator opens the
// survey from the database, is refused with a wrong passphrase in words, and with the right one
// sees the same figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/browser.mjs';
import { facilitatorDevice } from './support/facilitator.mjs';
import { ADMIN, basic, setUpSurveyDatabase, startNginx, startProductionCouch } from './support/servers.mjs';
import { northshireSetup, setupOf } from './support/share-link.mjs';
import { showWholeSections } from './support/respondent.mjs';
import { useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();
const DATABASE = 'northshire-sealed';
const PASSPHRASE = 'heron quarry lantern 1987';
const SAID = 'Pay placements on time, please';
let couch;
let proxy;

before(async () => {
  couch = await startProductionCouch();
  await setUpSurveyDatabase(couch, { database: DATABASE, surveyId: 'northshire', sealed: true, facilitators: ['amira', 'ben'] });
  proxy = await startNginx({
    couchPort: couch.port,
    database: DATABASE,
    submitter: basic('submitter', 'submitter-secret'),
    allowedOrigin: new URL(suite.url).origin,
  });
});

after(async () => {
  await proxy?.stop();
  await couch?.stop();
});

/** Types a connection into the form inside `section` and submits it from the keyboard. */
async function connect(section, user) {
  await section.getByLabel('Server address (for example https://couch.example.org)').fill(couch.url);
  await section.getByLabel('Database name').fill(DATABASE);
  await section.getByLabel('User name').fill(user);
  await section.getByLabel('Password').fill(`${user}-secret`);
  await section.getByLabel('Password').press('Enter');
}

/** One person at the kiosk: the group, the open question, submitted; the thank-you note. */
async function answerAtKiosk(kiosk, first) {
  if (!first) await kiosk.getByRole('button', { name: 'Start for the next person' }).click();
  return answer(kiosk, /^Sent to the person running the survey/);
}

/** Answers the group and the open question and submits; the thank-you note matching `note`. */
async function answer(kiosk, note) {
  await kiosk.getByRole('button', { name: 'Start' }).click();
  await showWholeSections(kiosk);
  await kiosk.locator('#pp-group-student').check();
  const submit = kiosk.getByRole('button', { name: 'Submit your response' });
  for (let section = 1; !(await submit.isVisible()); section += 1) {
    assert.ok(section <= 10, 'the review page is reached');
    const open = kiosk.getByRole('textbox', { name: /What one change would most improve this partnership/ });
    if (await open.isVisible()) await open.fill(SAID);
    await kiosk.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  }
  await submit.click();
  const said = kiosk.getByText(note);
  await said.waitFor({ timeout: 30_000 });
  return said.textContent();
}

/** Every response document, read with `authorization`. */
async function documents(authorization) {
  const answer = await fetch(`${couch.url}${DATABASE}/_all_docs?include_docs=true`, { headers: { authorization } });
  assert.equal(answer.status, 200);
  return (await answer.json()).rows.filter((row) => !row.id.startsWith('_design/') && !row.id.startsWith('survey:')).map((row) => row.doc);
}

/** Opens the dashboard from the set-up page and gives the passphrase; its counts line. */
async function unlockDashboard(page, passphrase) {
  const form = page.locator('.pp-sealed');
  await form.getByLabel("The survey's passphrase").fill(passphrase);
  await form.getByLabel("The survey's passphrase").press('Enter');
}

test('sealed responses reach both facilitators and nobody else', async (t) => {
  // The first facilitator seals the survey, by keyboard, and publishes it with its wrapped key.
  const amira = await facilitatorDevice(suite, [{ setup: northshireSetup(proxy.submit) }]);
  t.after(() => amira.context.close());
  const setUp = amira.page;
  const sealing = setUp.locator('section', { has: setUp.getByRole('heading', { name: 'Sealed responses' }) });
  await sealing.getByText('Recommended: this survey sends responses to a server.').waitFor();
  await sealing.getByLabel('Passphrase (at least 12 characters)').fill('too short');
  await sealing.getByLabel('The same passphrase again').fill('too short');
  await sealing.getByLabel('The same passphrase again').press('Enter');
  await sealing.getByRole('alert').filter({ hasText: 'The passphrase needs at least 12 characters' }).waitFor();
  await sealing.getByLabel('Passphrase (at least 12 characters)').fill(PASSPHRASE);
  await sealing.getByLabel('The same passphrase again').fill(`${PASSPHRASE}!`);
  await sealing.getByLabel('The same passphrase again').press('Enter');
  await sealing.getByRole('alert').filter({ hasText: 'The two passphrases differ.' }).waitFor();
  await sealing.getByLabel('The same passphrase again').fill(PASSPHRASE);
  await sealing.getByLabel('The same passphrase again').press('Enter');
  await sealing.getByText(/^This survey's responses are sealed\. Without its key and passphrase nobody can read them/).waitFor({ timeout: 30_000 });
  await sealing.getByRole('button', { name: 'Download the key file' }).waitFor();
  assert.deepEqual(await axeViolations(setUp), [], 'the set-up page with a sealed survey');
  const link = await setUp.getByRole('textbox', { name: 'Survey link' }).inputValue();
  const carried = setupOf(link);
  assert.match(carried.seal_key, /^[A-Za-z0-9_-]{87}$/, 'the link carries the public key');
  assert.equal(JSON.stringify(carried).includes('wrapped'), false, 'and never the private one');

  const publish = setUp.locator('section', { has: setUp.getByRole('heading', { name: 'Publish to a CouchDB database' }) });
  await connect(publish, 'amira');
  await publish.getByRole('status').filter({ hasText: 'Published version 1 of' }).waitFor();
  const published = await (await fetch(`${couch.url}${DATABASE}/survey%3Anorthshire%3A1`, { headers: { authorization: ADMIN } })).json();
  assert.equal(published.key.public_key, carried.seal_key);
  assert.equal(published.key.iterations, 600000);
  assert.equal(JSON.stringify(published).includes(PASSPHRASE), false);

  // A kiosk: four students in turn, each response sent sealed through the write-only address.
  const kioskDevice = await suite.browser.newContext();
  t.after(() => kioskDevice.close());
  const kiosk = await kioskDevice.newPage();
  await kiosk.goto(link.replace('#', '?mode=kiosk#'));
  for (let person = 0; person < 4; person += 1) {
    assert.equal(await answerAtKiosk(kiosk, person === 0), `Sent to the person running the survey (${new URL(proxy.submit).host}).`);
  }

  // A phone that cannot reach the address: its response is passed on as a file, sealed, and no
  // code is offered (sealed, one would be over 350 characters; in clear, it would tell).
  const phoneDevice = await suite.browser.newContext();
  const phone = await phoneDevice.newPage();
  await phone.route(`${proxy.submit}/*`, (route) => route.abort('connectionrefused'));
  await phone.goto(link);
  await answer(phone, /could not reach .* just now/);
  assert.equal(await phone.getByText(/^PP1-/).count(), 0, 'no response code');
  const [download] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByRole('button', { name: 'Download your response' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^partnership-pulse-response-\w{8}-sealed\.json$/);
  const fileText = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(fileText);
  assert.equal(file.format, 'partnership-pulse/sealed-responses');
  assert.deepEqual(Object.keys(file.sealed[0]).sort(), ['id', 'sealed', 'survey_id', 'survey_version']);
  for (const clear of ['student', SAID, 'answers']) assert.equal(fileText.includes(clear), false, `the file: ${clear}`);
  const filePath = join(await mkdtemp(join(tmpdir(), 'pp-sealed-')), download.suggestedFilename());
  await writeFile(filePath, fileText);
  await phoneDevice.close();

  // The database — read by its administrator, or with the submitter's password from nginx's
  // configuration — holds envelopes: no answer, group, day or free text.
  for (const [who, authorization] of [['administrator', ADMIN], ['submitter', basic('submitter', 'submitter-secret')]]) {
    const held = await documents(authorization);
    assert.equal(held.length, 4, who);
    for (const doc of held) {
      assert.deepEqual(Object.keys(doc).sort(), ['_id', '_rev', 'id', 'sealed', 'survey_id', 'survey_version'], who);
      for (const clear of ['student', SAID, 'answers', '2026-']) assert.equal(JSON.stringify(doc).includes(clear), false, `${who}: ${clear}`);
    }
  }

  // The first facilitator's dashboard: locked until the passphrase is given, then the figures.
  await setUp.getByRole('link', { name: "Open this survey's dashboard" }).click();
  await setUp.waitForURL(/dashboard\.html\?survey=saved:northshire$/);
  const sync = setUp.locator('section.pp-sync');
  await sync.getByText(/^This survey's responses are sealed: the database holds them/).waitFor();
  // Publishing kept the connection: the dashboard uses it, and says why it waits.
  await sync.getByText("This survey's responses are sealed: give its passphrase to open them, then sync.").waitFor({ timeout: 30_000 });
  await unlockDashboard(setUp, PASSPHRASE);
  await setUp.locator('#pp-counts-title', { hasText: 'Responses: 4' }).waitFor({ timeout: 30_000 });
  await sync.getByText('The passphrase is right: responses are opened as they arrive, until this page is closed.').waitFor();
  assert.deepEqual(await axeViolations(setUp), [], 'the dashboard of a sealed survey, opened');
  // The phone's sealed file, brought in: opened with the key, and sent on to the database sealed.
  await setUp.getByLabel(/^Bring in response files/).setInputFiles(filePath);
  await setUp.getByText(/-sealed\.json: 1 added, 0 already here\.$/).waitFor({ timeout: 30_000 });
  // One more at the kiosk arrives live, opened (and held back from the figures with the file's
  // until others join them, as any few arrivals are).
  await answerAtKiosk(kiosk, false);
  await setUp.getByText(/^2 new responses are waiting to be shown/).waitFor({ timeout: 30_000 });
  // Opened, they are on the device: the dashboard opened again counts them, the passphrase not asked.
  await setUp.reload();
  await setUp.locator('#pp-counts-title', { hasText: 'Responses: 6' }).waitFor({ timeout: 30_000 });
  const amiraFigures = await setUp.locator('#pp-counts-title').textContent();
  const amiraSaid = await setUp.getByText(SAID).count();

  // The second facilitator opens the survey from the database; a wrong passphrase is refused in
  // words, the right one shows the same figures.
  const ben = await facilitatorDevice(suite);
  t.after(() => ben.context.close());
  const opening = ben.page.locator('section', { has: ben.page.getByRole('heading', { name: 'Open a survey from a CouchDB database' }) });
  await opening.locator('summary').click();
  await connect(opening, 'ben');
  await opening.getByRole('button', { name: /^Open Northshire practice learning partnership, version 1$/ }).click();
  await ben.page.getByText(/^This survey's responses are sealed\. Without its key and passphrase nobody can read them/).waitFor();
  await ben.page.getByRole('link', { name: "Open this survey's dashboard" }).click();
  await ben.page.locator('.pp-sealed form').waitFor();
  await unlockDashboard(ben.page, 'heron quarry lantern 1988');
  await ben.page.getByRole('alert').filter({ hasText: "That passphrase does not open this survey's key. Check it and try again." }).waitFor({ timeout: 30_000 });
  assert.equal(await ben.page.locator('#pp-counts-title', { hasText: 'Responses: 6' }).count(), 0, 'nothing opened');
  await unlockDashboard(ben.page, PASSPHRASE);
  await ben.page.locator('#pp-counts-title', { hasText: 'Responses: 6' }).waitFor({ timeout: 30_000 });
  assert.equal(await ben.page.locator('#pp-counts-title').textContent(), amiraFigures);
  assert.equal(await ben.page.getByText(SAID).count(), amiraSaid);
  assert.ok(amiraSaid >= 1, 'what people said, opened on both devices');
  assert.deepEqual([...setUp.problems, ...ben.page.problems], []);
});
