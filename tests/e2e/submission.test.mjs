// Respondents' devices sending to the survey's write-only submission address, as users meet it:
// the facilitator names the address on the set-up page, the share link carries it, and each
// respondent's response reaches the database once — straight away, after being offline, after the
// server was down, after an answer lost on the way — with the thank-you page saying which. Real
// servers: PouchDB Server (in memory) behind Debian's nginx with the README's configuration.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/browser.mjs';
import { pressButton } from './support/respondent.mjs';
import { northshireSetup, setupOf, shareLink } from './support/share-link.mjs';
import { serveDirectory } from './support/server.mjs';
import { strictCsp } from './support/csp.mjs';
import { createResponseDatabase, freePort, startCouch, startNginx } from './support/servers.mjs';
import { useAppAndBrowser, storedRecords } from './support/suite.mjs';

const suite = useAppAndBrowser();
let couch;
let databases = 0;

before(async () => {
  couch = await startCouch();
});

after(async () => {
  await couch?.stop();
});

/** The app's origin (`http://127.0.0.1:port`), which the proxy lets post cross-origin. */
const originOf = (url) => new URL(url).origin;

/**
 * A database of its own for a test, with the design document for `surveyId` (when given now), and
 * nginx in front of it letting `appUrl`'s site post. `.documents()` reads it directly.
 */
async function submissionServer({ surveyId, appUrl = suite.url, port } = {}) {
  databases += 1;
  const database = `responses-${databases}`;
  const proxy = await startNginx({ couchPort: couch.port, database, allowedOrigin: originOf(appUrl), port });
  const server = {
    proxy,
    database,
    address: proxy.submit,
    prepare: (id) => createResponseDatabase(couch.url, database, id),
    async documents() {
      const all = await (await fetch(`${couch.url}${database}/_all_docs?include_docs=true`)).json();
      return all.rows.filter((row) => !row.id.startsWith('_design/')).map((row) => row.doc);
    },
    /** Waits until the database holds `count` responses (at most 20 s) and returns them. */
    async documentsOnceThere(count) {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const found = await server.documents();
        if (found.length >= count) return found;
        await new Promise((done) => setTimeout(done, 100));
      }
      return server.documents();
    },
  };
  if (surveyId) await server.prepare(surveyId);
  return server;
}

/** A share link of the built-in instrument for Northshire that names `address`. */
function surveyLink(address, { appUrl = suite.url, id = 'northshire' } = {}) {
  return shareLink(appUrl, northshireSetup(address, id));
}

/** Opens `link` on a phone of its own, answers the group question, and stops on the review page. */
async function reviewOnPhone(link, group = 'student') {
  const context = await suite.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(link);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator(`#pp-group-${group}`).check();
  const submit = page.getByRole('button', { name: 'Submit your response' });
  // Next until the review page, each time waiting for the screen to move on (its progress line
  // changes, or the review's Submit appears).
  const progress = page.locator('.pp-progress-text');
  while (!(await submit.isVisible())) {
    const before = await progress.textContent();
    await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
    await page.waitForFunction(
      (before) => document.querySelector('.pp-progress-text')?.textContent !== before,
      before,
    );
  }
  return page;
}

async function submit(page) {
  await page.getByRole('button', { name: 'Submit your response' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
}

/** What the thank-you page says about sending, once it says more than "Sending…". */
async function deliveryNote(page) {
  const note = page.locator('.pp-thanks [role="status"], .pp-thanks [role="alert"]').first();
  await page.waitForFunction(() => {
    const shown = document.querySelector('.pp-thanks [role="status"], .pp-thanks [role="alert"]');
    return shown && !shown.textContent.startsWith('Sending');
  });
  return (await note.textContent()).trim();
}

async function outbox(page) {
  return storedRecords(page, 'outbox');
}

test('the facilitator names the address, the link carries it, a response reaches the database once, and its listing reaches the dashboard', async () => {
  const server = await submissionServer();
  const setupPage = await suite.browser.newPage();
  await setupPage.goto(`${suite.url}setup.html`);
  await setupPage.getByRole('button', { name: 'New survey' }).click();
  await setupPage.getByLabel('Title respondents see').fill('Northshire practice learning partnership');
  await setupPage.getByLabel('Title respondents see').press('Tab');
  for (const partner of ['Northshire Council', "Carers' Voice"]) {
    await setupPage.getByLabel('New partner', { exact: true }).fill(partner);
    await setupPage.getByLabel('New partner', { exact: true }).press('Enter');
    await setupPage.getByRole('button', { name: `Remove ${partner}` }).waitFor();
  }
  const field = setupPage.getByLabel('Submission address (optional)');
  // An unencrypted address elsewhere is refused with the reason, and the link carries none.
  await field.fill('http://pulse.example.org/partnership-pulse/submit');
  await field.press('Tab');
  await setupPage.getByText('The submission address must start with https://').waitFor();
  assert.equal(setupOf(await setupPage.getByRole('textbox', { name: 'Survey link' }).inputValue()).submission_address, undefined);
  // The host's address (http is accepted on this computer only, for trying it out).
  await field.fill(server.address);
  await field.press('Tab');
  // Sealing is the default with a server; this survey is shared unsealed on purpose
  // (tests/e2e/sealed.test.mjs seals one).
  await setupPage.getByText(/^This survey sends responses to a server, so its link waits until its responses are sealed/).waitFor();
  assert.equal(await setupPage.getByRole('textbox', { name: 'Survey link' }).count(), 0, 'no link yet');
  await setupPage.getByRole('button', { name: 'Share without sealing' }).click();
  const site = originOf(server.address);
  await setupPage.getByText(`it must allow that server: connect-src 'self' ${site}.`).waitFor();
  const link = await setupPage.getByRole('textbox', { name: 'Survey link' }).inputValue();
  const setup = setupOf(link);
  assert.equal(setup.submission_address, server.address);
  await server.prepare(setup.id);

  const phone = await reviewOnPhone(link);
  const server_ = new URL(server.address).host;
  await phone.getByText(`Submitting sends your answers to ${server_}, where the person running the survey collects them`).waitFor();
  // Submitted by keyboard, as someone who uses no pointer would.
  await pressButton(phone, 'Submit your response');
  await phone.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
  assert.equal(await deliveryNote(phone), `Sent to the person running the survey (${server_}).`);
  const stored = await server.documentsOnceThere(1);
  assert.equal(stored.length, 1);
  const kept = (await storedRecords(phone, 'responses')).map((record) => JSON.parse(record.v));
  assert.equal(kept.length, 1, 'a copy stays on the phone');
  assert.equal(stored[0]._id, kept[0].id);
  assert.equal(stored[0].group, 'student');
  assert.deepEqual(await outbox(phone), [], 'nothing left to send');
  assert.deepEqual(await axeViolations(phone), []);
  assert.deepEqual(phone.errors, []);
  await phone.context().close();

  // The facilitator downloads the database's listing (CouchDB's own `_all_docs`, with the
  // administrator's access) and drops it on the survey's dashboard: the response, once.
  const listing = await (await fetch(`${couch.url}${server.database}/_all_docs?include_docs=true`)).text();
  const file = join(await mkdtemp(join(tmpdir(), 'pp-listing-')), 'northshire-responses.json');
  await writeFile(file, listing);
  await setupPage.getByRole('link', { name: "Open this survey's dashboard" }).click();
  await setupPage.getByLabel(/Bring in response files/).setInputFiles(file);
  await setupPage.getByRole('status').filter({ hasText: 'northshire-responses.json: 1 added, 0 already here.' }).waitFor();
  await setupPage.getByLabel(/Bring in response files/).setInputFiles(file);
  await setupPage.getByRole('status').filter({ hasText: 'northshire-responses.json: 0 added, 1 already here.' }).waitFor();
  await setupPage.close();
  await server.proxy.stop();
});

test('offline, the response waits on the device and is sent once the connection is back', async () => {
  const server = await submissionServer({ surveyId: 'northshire' });
  const phone = await reviewOnPhone(surveyLink(server.address), 'staff');
  await phone.context().setOffline(true);
  await submit(phone);
  assert.equal(
    await deliveryNote(phone),
    'This device is offline. Your response is kept on it and will be sent when you are back online.',
  );
  assert.equal((await outbox(phone)).length, 1);
  assert.equal((await server.documents()).length, 0);
  // Back online: the browser's "online" event sends it, and the page says so.
  await phone.context().setOffline(false);
  await phone.getByText(`Sent to the person running the survey (${new URL(server.address).host}).`).waitFor();
  const stored = await server.documentsOnceThere(1);
  assert.deepEqual(stored.map((doc) => doc.group), ['staff']);
  assert.deepEqual(await outbox(phone), []);
  await phone.context().close();
  await server.proxy.stop();
});

test('a server that is down gets the response on a later visit, once', async () => {
  const server = await submissionServer({ surveyId: 'northshire' });
  const port = new URL(server.address).port;
  await server.proxy.stop();
  const link = surveyLink(server.address);
  const phone = await reviewOnPhone(link);
  await submit(phone);
  assert.match(await deliveryNote(phone), /could not reach 127\.0\.0\.1:\d+ just now\. It is kept on this device and will be sent by itself/);
  // The next visit while the server is still down says what waits.
  await phone.reload();
  await phone.getByText('1 response on this device is waiting to be sent to the person running the survey').waitFor();
  // The host brings the server back; the next visit sends it.
  const restarted = await startNginx({ couchPort: couch.port, database: `responses-${databases}`, allowedOrigin: originOf(suite.url), port: Number(port) });
  await phone.reload();
  const stored = await server.documentsOnceThere(1);
  assert.equal(stored.length, 1);
  await phone.waitForFunction(() => !document.body.textContent.includes('waiting to be sent'));
  assert.deepEqual(await outbox(phone), []);
  // Later visits send nothing again: once the page has started and its network is quiet, the
  // database still holds one.
  await phone.reload({ waitUntil: 'networkidle' });
  await phone.getByRole('button', { name: 'Start' }).waitFor();
  assert.equal((await server.documents()).length, 1);
  await phone.context().close();
  await restarted.stop();
});

test('an answer lost on the way: the retry is refused as a copy, and the response is stored once', async () => {
  const server = await submissionServer({ surveyId: 'northshire' });
  const link = surveyLink(server.address);
  const phone = await reviewOnPhone(link);
  // The request reaches the database, but the connection drops before its answer arrives.
  let delivered = 0;
  await phone.route(`${server.address}/*`, async (route) => {
    if (route.request().method() !== 'PUT') return route.continue();
    await route.fetch();
    delivered += 1;
    await route.abort('connectionreset');
  });
  await submit(phone);
  assert.match(await deliveryNote(phone), /could not reach .* just now/);
  assert.equal(delivered, 1);
  assert.equal((await server.documentsOnceThere(1)).length, 1, 'the database has it already');
  assert.equal((await outbox(phone)).length, 1, 'the phone cannot know that');
  await phone.unroute(`${server.address}/*`);
  await phone.reload();
  await phone.getByRole('button', { name: 'Start' }).waitFor();
  for (let attempt = 0; attempt < 100 && (await outbox(phone)).length > 0; attempt += 1) await phone.waitForTimeout(100);
  assert.deepEqual(await outbox(phone), [], 'the refused copy counts as sent');
  assert.equal((await server.documents()).length, 1, 'stored once');
  await phone.context().close();
  await server.proxy.stop();
});

test('a response the server refuses is kept, and the respondent is asked for the file', async () => {
  // The database takes responses of "northshire" only; this link is for another survey.
  const server = await submissionServer({ surveyId: 'northshire' });
  const phone = await reviewOnPhone(surveyLink(server.address, { id: 'southshire' }));
  await submit(phone);
  const alert = phone.locator('.pp-thanks [role="alert"]');
  await alert.getByText('did not accept your response: Not a response of this survey.').waitFor();
  await alert.getByText('Please download it as a file').waitFor();
  assert.equal((await outbox(phone)).length, 1);
  assert.equal((await server.documents()).length, 0);
  await phone.context().close();
  await server.proxy.stop();
});

test("under a host's strict Content-Security-Policy, sending works once connect-src names the server", async () => {
  for (const allowServer of [true, false]) {
    const port = await freePort();
    const proxySite = `http://127.0.0.1:${port}`;
    const policy = allowServer ? `${strictCsp()}; connect-src 'self' ${proxySite}` : strictCsp();
    const site = await serveDirectory('dist', { 'content-security-policy': policy });
    const server = await submissionServer({ surveyId: 'northshire', appUrl: site.url, port });
    const phone = await reviewOnPhone(surveyLink(server.address, { appUrl: site.url }));
    await phone.evaluate(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(event.violatedDirective));
    });
    await submit(phone);
    const note = await deliveryNote(phone);
    if (allowServer) {
      assert.match(note, /^Sent to the person running the survey/);
      assert.equal((await server.documentsOnceThere(1)).length, 1);
      assert.deepEqual(await phone.evaluate(() => window.cspViolations), []);
    } else {
      // The host's policy blocks it: kept on the device, never lost, and the page keeps working.
      assert.match(note, /could not reach/);
      assert.deepEqual(await phone.evaluate(() => window.cspViolations), ['connect-src']);
      assert.equal((await outbox(phone)).length, 1);
      assert.equal((await server.documents()).length, 0);
    }
    assert.deepEqual(phone.errors, []);
    await phone.context().close();
    await server.proxy.stop();
    await site.close();
  }
});
