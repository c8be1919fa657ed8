// The dashboard synced with a CouchDB database, as facilitators meet it: connecting with what they
// type, both sides getting each other's responses once, new responses appearing live (in
// presentation mode too), a new device receiving everything, the app's documents passing through
// CouchDB's own replication unchanged, every failure in words, a server stopped and restarted,
// and "Disconnect and forget". The real server: PouchDB Server on loopback, started here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/browser.mjs';
import { freePort, startCouch } from './support/servers.mjs';
import { useAppAndBrowser, storedRecords } from './support/suite.mjs';
import { storedResponses } from './support/respondent.mjs';
import { designDocument } from '../../server/couchdb/design-document.mjs';

const suite = useAppAndBrowser();
const KEY = 'partnership-pulse:v1:responses:partnership-pulse';
const TRUST = ['T1', 'T2', 'T3', 'T4', 'T5'];
let couch;

before(async () => {
  couch = await startCouch();
});

after(async () => {
  await couch?.stop();
});

/** A response to the built-in survey. */
function response(id, group, value = 4) {
  const answers = Object.fromEntries(TRUST.map((item) => [item, value]));
  return { id, survey_id: 'partnership-pulse', survey_version: 2, wave: '', group, submitted: '2026-11-20', answers };
}

/** The document a respondent's device sends: the response with `_id` its id. */
const documentOf = (answered) => ({ _id: answered.id, ...answered });

async function json(url, options = {}) {
  const answer = await fetch(url, { headers: { 'content-type': 'application/json' }, ...options });
  assert.ok(answer.ok, `${options.method ?? 'GET'} ${url}: ${answer.status} ${await answer.clone().text()}`);
  return answer.json();
}

/**
 * A database on `server` holding `foreign` documents (written before the design document, which
 * would refuse them), the design document, and `responses`, written in pages of 5,000.
 */
async function database(server, name, responses, foreign = []) {
  await json(`${server.url}${name}`, { method: 'PUT' });
  if (foreign.length) await json(`${server.url}${name}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs: foreign }) });
  await json(`${server.url}${name}/_design/partnership-pulse`, { method: 'PUT', body: JSON.stringify(designDocument('partnership-pulse')) });
  for (let start = 0; start < responses.length; start += 5000) {
    const docs = responses.slice(start, start + 5000).map(documentOf);
    const outcomes = await json(`${server.url}${name}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs }) });
    assert.ok(outcomes.every((outcome) => outcome.ok), JSON.stringify(outcomes.find((outcome) => !outcome.ok)));
  }
}

/** The responses a database holds (not its design document or other documents), by id. */
async function responsesIn(server, name) {
  const all = await json(`${server.url}${name}/_all_docs?include_docs=true`);
  return all.rows.map((row) => row.doc).filter((doc) => doc.survey_id);
}

/** The dashboard of the built-in survey on a device of its own, holding `local` responses. */
async function dashboard(local = []) {
  const context = await suite.browser.newContext();
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        if (value !== '[]') localStorage.setItem(key, value);
      }
    },
    [KEY, JSON.stringify(local)],
  );
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(error.message));
  await page.goto(`${suite.url}dashboard.html`);
  await page.getByRole('heading', { level: 2, name: 'Sync with a CouchDB database' }).waitFor();
  return page;
}

/** Types a connection into the panel and submits it from the keyboard. */
async function connect(page, { server, name, user = '', password = '' }) {
  await page.getByLabel('Server address (for example https://couch.example.org)').fill(server);
  await page.getByLabel('Database name').fill(name);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
}

const status = (page) => page.locator('.pp-sync-status');
const alert = (page) => page.locator('.pp-sync [role="alert"]');

/** Waits for the panel's status to say `pattern` (at most 30 s) and returns its text. */
async function said(page, pattern) {
  await status(page).filter({ hasText: pattern }).waitFor({ timeout: 30_000 });
  return (await status(page).textContent()).trim();
}

async function syncRecords(page) {
  return (await storedRecords(page, 'settings')).filter((record) => record.k.startsWith('sync'));
}

test("a connected dashboard gets the database's responses and gives it its own, once each, then shows new ones live", async () => {
  const there = ['s1', 's2', 's3', 's4', 's5'].map((id) => response(id, 'student'));
  await database(couch, 'workshop', there, [{ _id: 'note-1', text: 'Venue: the town hall' }]);
  const page = await dashboard(['l1', 'l2', 'l3', 'l4'].map((id, n) => response(id, 'university', 2 + (n % 3))));
  await page.locator('#pp-counts-title', { hasText: 'Responses: 4' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the connection form');

  await connect(page, { server: couch.url, name: 'workshop' });
  const report = await said(page, /Synced at/);
  assert.match(
    report,
    /^Synced at \d\d:\d\d:\d\d\. Received: 5 added, 0 already here, 1 document that is not a response skipped \(note-1\)\. Sent: 4\.$/,
  );
  await page.locator('#pp-counts-title', { hasText: 'Responses: 9' }).waitFor();
  const host = new URL(couch.url).host;
  await page.getByText(`Connected to the database workshop on ${host}.`).waitFor();
  const stored = await responsesIn(couch, 'workshop');
  assert.deepEqual(stored.map((doc) => doc._id).sort(), ['l1', 'l2', 'l3', 'l4', 's1', 's2', 's3', 's4', 's5']);
  assert.deepEqual(
    stored.find((doc) => doc._id === 'l2'),
    { ...documentOf(response('l2', 'university', 3)), _rev: stored.find((doc) => doc._id === 'l2')._rev },
    'the document is the response as given, with _id',
  );
  await page.getByText('Live: 9 responses; new ones appear as they reach the database.').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'connected and live');

  // In presentation mode, on the second chart, a respondent's response reaches the database.
  await page.getByRole('button', { name: 'Present full screen' }).click();
  await page.keyboard.press('ArrowRight');
  await page.getByText('Slide 2 of 10').waitFor();
  const sentAt = Date.now();
  await json(`${couch.url}workshop/s6`, { method: 'PUT', body: JSON.stringify(documentOf(response('s6', 'student'))) });
  await page.getByText(/^Live: 9 responses; the last arrived at \d\d:\d\d:\d\d\.$/).waitFor();
  console.log(`a response in the database reached the presented dashboard in ${Date.now() - sentAt} ms`);
  assert.equal(await page.getByText('Slide 2 of 10').count(), 1, 'the slide is kept');
  await page.keyboard.press('Escape');
  // One newcomer would change the students' figures by one person: the figures wait, and say so.
  await page.getByText('1 new response is waiting to be shown', { exact: false }).waitFor();
  await page.locator('#pp-counts-title', { hasText: 'Responses: 9' }).waitFor();

  // The connection is kept on the device: a reload syncs at once, from its checkpoint, and a new
  // page shows every stored response.
  await page.reload();
  assert.match(await said(page, /Synced at/), /Received: 0 added, 0 already here\. Sent: 0\.$/);
  await page.locator('#pp-counts-title', { hasText: 'Responses: 10' }).waitFor();

  await page.getByRole('button', { name: 'Disconnect and forget' }).click();
  await said(page, 'Disconnected. The connection and its password are forgotten on this device; the responses stay.');
  await page.getByLabel('Database name').waitFor();
  assert.deepEqual(await syncRecords(page), []);
  assert.equal(await page.locator('.pp-live-line').count(), 0);
  await page.locator('#pp-counts-title', { hasText: 'Responses: 10' }).waitFor();
  assert.equal((await responsesIn(couch, 'workshop')).length, 10, 'each response once in the database');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a new device receives every response, and the app's documents pass through CouchDB's own replication unchanged", async () => {
  const many = Array.from({ length: 2345 }, (_, n) => response(`r${String(n).padStart(5, '0')}`, n % 2 ? 'student' : 'university', 1 + (n % 5)));
  await database(couch, 'source', many);
  const first = await dashboard([response('k1', 'student'), response('k2', 'student'), response('k3', 'student')]);
  await connect(first, { server: couch.url, name: 'source' });
  assert.match(await said(first, /Synced at/), /Received: 2,345 added, 0 already here\. Sent: 3\.$/);
  await first.locator('#pp-counts-title', { hasText: 'Responses: 2,348' }).waitFor();
  await first.context().close();

  // CouchDB's replication to a second database, and back: every document the same, no conflict.
  const before = await json(`${couch.url}source/_all_docs?include_docs=true&conflicts=true`);
  await json(`${couch.url}_replicate`, { method: 'POST', body: JSON.stringify({ source: 'source', target: 'copy', create_target: true }) });
  const copied = await json(`${couch.url}copy/_all_docs?include_docs=true`);
  assert.deepEqual(copied.rows.map((row) => row.doc), before.rows.map((row) => row.doc));
  await json(`${couch.url}_replicate`, { method: 'POST', body: JSON.stringify({ source: 'copy', target: 'source' }) });
  const after = await json(`${couch.url}source/_all_docs?include_docs=true&conflicts=true`);
  assert.deepEqual(after.rows.map((row) => row.doc), before.rows.map((row) => row.doc));
  assert.ok(after.rows.every((row) => !row.doc._conflicts));

  // A second facilitator's new device, connected to the copy, has all 2,348.
  const second = await dashboard();
  await connect(second, { server: couch.url, name: 'copy' });
  assert.match(await said(second, /Synced at/), /Received: 2,348 added, 0 already here\. Sent: 0\.$/);
  await second.locator('#pp-counts-title', { hasText: 'Responses: 2,348' }).waitFor();
  assert.equal((await storedResponses(second)).length, 2348);
  await second.context().close();
});

test('every failure is said in words, and a connection that failed is not kept', async () => {
  const page = await dashboard();
  // What was typed, checked before anything is sent.
  await connect(page, { server: 'ftp://couch.example.org', name: 'workshop' });
  await alert(page).filter({ hasText: 'The server\'s address must start with https://' }).waitFor();
  await connect(page, { server: couch.url, name: 'Workshop 2' });
  await alert(page).filter({ hasText: 'The database name must start with a small letter' }).waitFor();
  await connect(page, { server: couch.url, name: 'workshop', user: 'facilitator' });
  await alert(page).filter({ hasText: 'Type both the user name and the password, or neither.' }).waitFor();
  // A database that is not there, and a server that is not answering.
  await connect(page, { server: couch.url, name: 'nothing-here' });
  await alert(page).filter({ hasText: 'There is no database called nothing-here on this server.' }).waitFor();
  const nobody = await freePort();
  await connect(page, { server: `http://127.0.0.1:${nobody}`, name: 'workshop' });
  await alert(page).filter({ hasText: `Could not reach 127.0.0.1:${nobody}.` }).waitFor();
  assert.deepEqual(await syncRecords(page), []);

  // A server with an administrator: a wrong password, then the right one.
  const guarded = await startCouch();
  try {
    await json(`${guarded.url}_config/admins/facilitator`, { method: 'PUT', body: JSON.stringify('s3cret horse') });
    const authorization = `Basic ${Buffer.from('facilitator:s3cret horse').toString('base64')}`;
    await json(`${guarded.url}guarded`, { method: 'PUT', headers: { authorization } });
    await connect(page, { server: guarded.url, name: 'guarded', user: 'facilitator', password: 'wrong' });
    await alert(page).filter({ hasText: 'The server did not accept this user name and password.' }).waitFor();
    assert.deepEqual(await syncRecords(page), []);
    await connect(page, { server: guarded.url, name: 'guarded', user: 'facilitator', password: 's3cret horse' });
    await said(page, /Synced at/);
    await page.getByText(`Connected to the database guarded on ${new URL(guarded.url).host} as facilitator.`).waitFor();
    assert.equal(await alert(page).count(), 0);
    // Kept on this device only, and forgotten on request.
    assert.ok((await syncRecords(page)).some((record) => record.v.includes('s3cret horse')));
    await page.getByRole('button', { name: 'Disconnect and forget' }).click();
    await said(page, 'Disconnected.');
    const everything = [...(await storedRecords(page, 'settings')), ...(await storedRecords(page, 'responses')), ...(await storedRecords(page, 'packed'))];
    assert.ok(!everything.some((record) => record.v.includes('s3cret')));
  } finally {
    await guarded.stop();
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a server stopped while the dashboard follows it is picked up again when it returns, with nothing twice', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'pp-couch-disk-'));
  const port = await freePort();
  let server = await startCouch(port, { folder });
  try {
    await database(server, 'venue', [response('v1', 'student'), response('v2', 'student'), response('v3', 'student')]);
    const page = await dashboard();
    await connect(page, { server: server.url, name: 'venue' });
    await said(page, /Received: 3 added/);
    await page.getByText('Live: fewer than 4 responses; new ones appear as they reach the database.').waitFor();
    await server.stop();
    await alert(page).filter({ hasText: `Could not reach 127.0.0.1:${port}.` }).waitFor();
    assert.match(await alert(page).textContent(), /Trying again shortly\.$/);
    server = await startCouch(port, { folder });
    for (const id of ['v4', 'v5']) {
      await json(`${server.url}venue/${id}`, { method: 'PUT', body: JSON.stringify(documentOf(response(id, 'student'))) });
    }
    await page.locator('#pp-counts-title', { hasText: 'Responses: 5' }).waitFor({ timeout: 60_000 });
    await alert(page).waitFor({ state: 'detached' });
    assert.equal((await storedResponses(page)).length, 5);
    assert.equal((await responsesIn(server, 'venue')).length, 5);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
});
