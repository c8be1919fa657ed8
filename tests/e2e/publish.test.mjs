// Survey definitions through the partnership's database, as two facilitators meet it: the first
// sets a survey up, connects the set-up page and publishes it (a wrong password said first); the
// design document lets only users with the facilitator role write a definition and never delete
// one; the second facilitator, on a device of their own, finds the survey in the database, opens
// it with the same id and version, and their dashboard syncs its responses at once without a
// word about the survey document; a changed wording is published again. The real server: PouchDB
// Server on disk with an administrator and real users (an "admin party" would let anyone write).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/browser.mjs';
import { facilitatorDevice } from './support/facilitator.mjs';
import { startCouch, startNginx } from './support/servers.mjs';
import { useAppAndBrowser } from './support/suite.mjs';
import { designDocument } from '../../server/couchdb/design-document.mjs';

const suite = useAppAndBrowser();
const DATABASE = 'northshire-responses';
const TITLE = 'Northshire practice learning partnership';
const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const ADMIN = basic('admin', 'admin-secret');
let couch;
let folder;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pp-publish-'));
  couch = await startCouch(undefined, { folder });
  // Ends the "admin party": from now on only the administrator may change the rules.
  const admin = await fetch(`${couch.url}_config/admins/admin`, { method: 'PUT', body: '"admin-secret"' });
  assert.ok(admin.ok, `setting the administrator: ${admin.status}`);
});

after(async () => {
  await couch?.stop();
  await rm(folder, { recursive: true, force: true });
});

/** A request to the server as `authorization` (the administrator unless said), its answer read. */
async function couchRequest(path, { method = 'GET', body, authorization = ADMIN } = {}) {
  const answer = await fetch(`${couch.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: answer.status, body: await answer.json() };
}

/** What the host does for the survey `surveyId` (docs/operating/database.md). */
async function setUpDatabase(surveyId) {
  const created = await couchRequest(DATABASE, { method: 'PUT' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  for (const [name, roles] of [['amira', ['facilitator']], ['ben', ['facilitator']], ['submitter', []]]) {
    const user = { name, password: `${name}-secret`, roles, type: 'user' };
    const made = await couchRequest(`_users/org.couchdb.user:${name}`, { method: 'PUT', body: user });
    assert.equal(made.status, 201, JSON.stringify(made.body));
  }
  const security = { members: { names: ['amira', 'ben', 'submitter'] }, admins: { names: [] } };
  assert.equal((await couchRequest(`${DATABASE}/_security`, { method: 'PUT', body: security })).status, 200);
  const design = await couchRequest(`${DATABASE}/_design/partnership-pulse`, { method: 'PUT', body: designDocument(surveyId) });
  assert.equal(design.status, 201, JSON.stringify(design.body));
}

/** Types a connection into the form inside `section` and submits it from the keyboard. */
async function connect(section, { user, password, database = DATABASE }) {
  await section.getByLabel('Server address (for example https://couch.example.org)').fill(couch.url);
  await section.getByLabel('Database name').fill(database);
  await section.getByLabel('User name').fill(user);
  await section.getByLabel('Password').fill(password);
  await section.getByLabel('Password').press('Enter');
}

test('a survey published from one set-up page opens on a second facilitator\'s device, whose dashboard then syncs', async (t) => {
  // The first facilitator sets the survey up.
  const first = await facilitatorDevice(suite);
  t.after(() => first.context.close());
  const amira = first.page;
  await amira.getByRole('button', { name: 'New survey' }).click();
  await amira.getByLabel('Title respondents see').fill(TITLE);
  await amira.getByLabel('Title respondents see').press('Tab');
  for (const partner of ['Northshire Council', "Carers' Voice"]) {
    await amira.getByLabel('New partner', { exact: true }).fill(partner);
    await amira.getByLabel('New partner', { exact: true }).press('Enter');
    await amira.getByRole('button', { name: `Remove ${partner}` }).waitFor();
  }
  const hint = await amira.getByText(/^Survey id \S+, version 1\./).textContent();
  const surveyId = hint.match(/^Survey id (\S+), version 1\./)[1];
  await setUpDatabase(surveyId);

  // It publishes the survey: a wrong password is said, and nothing is kept; then it works.
  const publish = amira.locator('section', { has: amira.getByRole('heading', { name: 'Publish to a CouchDB database' }) });
  // Sealing is the default for a database; this survey is published unsealed on purpose
  // (tests/e2e/sealed.test.mjs publishes a sealed one).
  await publish.getByRole('button', { name: 'Publish without sealing' }).click();
  await connect(publish, { user: 'amira', password: 'wrong' });
  await publish.getByRole('alert').filter({ hasText: 'The server did not accept this user name and password.' }).waitFor();
  await connect(publish, { user: 'amira', password: 'amira-secret' });
  await publish
    .getByRole('status')
    .filter({ hasText: `Published version 1 of "${TITLE}" to the database ${DATABASE}. Another facilitator can open it from there` })
    .waitFor();
  await publish.getByText(/^Connected to the database northshire-responses on 127\.0\.0\.1:\d+ as amira\.$/).waitFor();
  assert.equal(await publish.getByRole('alert').count(), 0, 'the earlier failure is no longer shown');
  assert.deepEqual(await axeViolations(amira), [], 'the set-up page with its publishing panel');

  const documentId = `survey:${surveyId}:1`;
  const stored = await couchRequest(`${DATABASE}/${encodeURIComponent(documentId)}`);
  assert.equal(stored.status, 200);
  assert.equal(stored.body.survey_id, surveyId);
  assert.equal(stored.body.survey_version, 1);
  assert.equal(stored.body.definition.title.en, TITLE);
  assert.deepEqual(stored.body.definition.partners.map((partner) => partner.label.en), ['Northshire Council', "Carers' Voice"]);

  // The design document: a member without the facilitator role may not publish, and nobody deletes.
  const asSubmitter = await couchRequest(`${DATABASE}/${encodeURIComponent(`survey:${surveyId}:2`)}`, {
    method: 'PUT',
    authorization: basic('submitter', 'submitter-secret'),
    body: { survey_id: surveyId, survey_version: 2, definition: { ...stored.body.definition, version: 2 } },
  });
  assert.deepEqual([asSubmitter.status, asSubmitter.body.reason], [403, 'Only a facilitator publishes a survey.']);
  const deleted = await couchRequest(`${DATABASE}/${encodeURIComponent(documentId)}?rev=${stored.body._rev}`, {
    method: 'DELETE',
    authorization: basic('amira', 'amira-secret'),
  });
  assert.deepEqual([deleted.status, deleted.body.reason], [403, 'A published survey is never deleted.']);
  const misnamed = await couchRequest(`${DATABASE}/${encodeURIComponent(`survey:${surveyId}:3`)}`, {
    method: 'PUT',
    authorization: basic('amira', 'amira-secret'),
    body: { survey_id: surveyId, survey_version: 3, definition: stored.body.definition },
  });
  assert.deepEqual([misnamed.status, misnamed.body.reason], [403, 'The definition must be this survey at this version.']);

  // Respondents' answers reach the database through the write-only address, which writes as the
  // submitter: a response is created, a survey definition refused (and the design document
  // refuses one from the submitter, as shown above).
  const proxy = await startNginx({ couchPort: couch.port, database: DATABASE, submitter: basic('submitter', 'submitter-secret') });
  t.after(() => proxy.stop());
  const submit = async (document) => {
    const answer = await fetch(`${proxy.submit}/${encodeURIComponent(document._id)}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(document) });
    const text = await answer.text();
    return { status: answer.status, body: answer.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
  };
  const group = stored.body.definition.groups[0].id;
  for (const id of ['resp-1', 'resp-2', 'resp-3', 'resp-4']) {
    const answered = { _id: id, id, survey_id: surveyId, survey_version: 1, wave: '', group, submitted: '2026-11-20', answers: { T1: 4 } };
    const sent = await submit(answered);
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
  }
  const definitionThroughTheAddress = await submit({
    _id: `survey:${surveyId}:2`,
    survey_id: surveyId,
    survey_version: 2,
    definition: { ...stored.body.definition, version: 2 },
  });
  // Its id is no response id, so the address does not even pass it on.
  assert.equal(definitionThroughTheAddress.status, 404);

  // The second facilitator, on a device that has never seen the survey, finds and opens it.
  const second = await facilitatorDevice(suite);
  t.after(() => second.context.close());
  const ben = second.page;
  await ben.getByText('None yet.', { exact: false }).waitFor();
  const opening = ben.locator('section', { has: ben.getByRole('heading', { name: 'Open a survey from a CouchDB database' }) });
  await opening.locator('summary').focus();
  await ben.keyboard.press('Enter');
  await connect(opening, { user: 'ben', password: 'ben-secret', database: 'no-such-database' });
  await opening.getByRole('alert').filter({ hasText: 'There is no database called no-such-database on this server.' }).waitFor();
  await connect(opening, { user: 'ben', password: 'ben-secret' });
  await opening.getByRole('status').filter({ hasText: `The database ${DATABASE} has 1 published survey.` }).waitFor();
  assert.equal(
    (await opening.getByRole('listitem').textContent()).trim(),
    `${TITLE}: survey id ${surveyId}, version 1 Open ${TITLE}, version 1`,
  );
  assert.deepEqual(await axeViolations(ben), [], 'the list of published surveys');
  await opening.getByRole('button', { name: `Open ${TITLE}, version 1` }).focus();
  await ben.keyboard.press('Enter');
  await opening
    .getByRole('status')
    .filter({ hasText: `Opened version 1 of "${TITLE}" from the database ${DATABASE}. This device syncs it with that database` })
    .waitFor();
  await ben.getByRole('heading', { name: `Editing: ${TITLE}` }).waitFor();
  await ben.getByText(`Survey id ${surveyId}, version 1.`, { exact: false }).waitFor();
  await ben.getByText(/^Connected to the database northshire-responses on 127\.0\.0\.1:\d+ as ben\.$/).waitFor();

  // Its dashboard uses the same connection at once: the responses arrive, the survey document
  // passes without a word.
  await ben.getByRole('link', { name: "Open this survey's dashboard" }).click();
  await ben.locator('#pp-counts-title', { hasText: 'Responses: 4' }).waitFor({ timeout: 30_000 });
  const report = ben.locator('.pp-sync-status').filter({ hasText: /Synced at/ });
  await report.waitFor({ timeout: 30_000 });
  assert.match((await report.textContent()).trim(), /^Synced at \d\d:\d\d:\d\d\. Received: 4 added, 0 already here\. Sent: 0\.$/);
  await ben.getByText(/^Connected to the database northshire-responses on 127\.0\.0\.1:\d+ as ben\.$/).waitFor();

  // The first facilitator rewords the title: publishing again replaces version 1's text.
  await amira.getByLabel('Title respondents see').fill(`${TITLE}, spring`);
  await amira.getByLabel('Title respondents see').press('Tab');
  await publish.getByRole('button', { name: 'Publish version 1 to the database' }).click();
  await publish.getByRole('status').filter({ hasText: `now has this wording of version 1 of "${TITLE}, spring"` }).waitFor();
  await publish.getByRole('button', { name: 'Publish version 1 to the database' }).click();
  await publish.getByRole('status').filter({ hasText: 'already has version 1' }).waitFor();
  const replaced = await couchRequest(`${DATABASE}/${encodeURIComponent(documentId)}`);
  assert.equal(replaced.body.definition.title.en, `${TITLE}, spring`);
  assert.match(replaced.body._rev, /^2-/);
  assert.deepEqual([...amira.problems, ...ben.problems], []);
});
