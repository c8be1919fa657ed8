// A survey by invitation, end to end: the facilitator makes invitation codes on the set-up page
// (shown once, as cards and a list of links), people answer with them at a kiosk, and made-up
// responses — no code, a code the survey never made, a code used twice, a file of invented
// responses — change no figure on the dashboard, which says what it left out. The database's
// design document, given the survey file as the operating guide says, takes each code once.
// Hashes are recomputed here with node's own SHA-256, independently of the app's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/browser.mjs';
import { showWholeSections } from './support/respondent.mjs';
import { setupOf } from './support/share-link.mjs';
import { createResponseDatabase, startCouch, startNginx } from './support/servers.mjs';
import { surveyFileRules } from '../../server/couchdb/design-document.mjs';
import { useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A well-formed code (its check character right) from 11 characters. */
function codeOf(body) {
  const sum = [...body].reduce((total, c, i) => total + (2 * i + 1) * ALPHABET.indexOf(c), 0);
  return body + ALPHABET[(32 - (sum % 32)) % 32];
}

const hashOf = (surveyId, code) =>
  createHash('sha256').update(`pulse-invitation:${surveyId}:${code}`).digest('hex').slice(0, 32);

/** Answers at a kiosk as one person: their code, their group, straight to the review, submit. */
async function answerAtKiosk(kiosk, code, group = 'student') {
  await kiosk.getByLabel('Your invitation code').fill(code);
  await kiosk.getByRole('button', { name: 'Start' }).click();
  await showWholeSections(kiosk);
  await kiosk.locator(`#pp-group-${group}`).check();
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await kiosk.locator('#pp-T1-4').check();
  const submit = kiosk.getByRole('button', { name: 'Submit your response' });
  for (let section = 1; !(await submit.isVisible()); section += 1) {
    assert.ok(section <= 10, 'the review page is reached');
    await kiosk.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  }
  await submit.click();
  await kiosk.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
  await kiosk.getByRole('button', { name: 'Start for the next person' }).click();
}

test('made-up responses change no figure of a survey by invitation, and are said', async (t) => {
  const context = await suite.browser.newContext();
  t.after(() => context.close());
  const setup = await context.newPage();
  await setup.goto(`${suite.url}setup.html`);
  await setup.getByRole('button', { name: 'New survey' }).click();
  await setup.getByLabel('New partner', { exact: true }).fill('Northshire Council');
  await setup.getByLabel('New partner', { exact: true }).press('Enter');
  // Open to anyone until the facilitator says otherwise, and the page says what that means.
  await setup.getByText(/^Anyone with the survey's link can add responses, as many as they like/).waitFor();
  await setup.getByLabel('By invitation: only responses with an invitation code count').check();
  await setup.getByText('No invitations made yet: until you make some, no response counts.').waitFor();
  await setup.getByLabel('How many invitations to make (1 to 500)').fill('5');
  await setup.getByRole('button', { name: 'Make invitations' }).click();
  await setup.getByText('5 invitations made: 5 for any group.').waitFor();
  await setup.getByText(/^These 5 codes are shown only now/).waitFor();
  const codes = (await setup.locator('.pp-card-code').allTextContents()).map((code) => code.replaceAll('-', ''));
  assert.equal(codes.length, 5);
  assert.equal(await setup.locator('.pp-card svg.pp-qr').count(), 5, 'a QR code on every card');
  assert.deepEqual(await axeViolations(setup), []);

  // The links: the survey's link with the code after "~", in the fragment; the link itself
  // carries neither the codes nor their hashes.
  const [linksFile] = await Promise.all([setup.waitForEvent('download'), setup.getByRole('button', { name: 'Download the links' }).click()]);
  const links = (await readFile(await linksFile.path(), 'utf8')).trim().split('\n');
  const link = await setup.getByRole('textbox', { name: 'Survey link' }).inputValue();
  assert.deepEqual(links, codes.map((code) => `${link}~${code}`));
  assert.deepEqual(setupOf(link).invitations, {});
  const [surveyFile] = await Promise.all([setup.waitForEvent('download'), setup.getByRole('button', { name: 'Download the survey file' }).click()]);
  const definition = JSON.parse(await readFile(await surveyFile.path(), 'utf8'));
  assert.deepEqual(
    definition.invitations.made.map(({ hash }) => hash).sort(),
    codes.map((code) => hashOf(definition.id, code)).sort(),
    'the survey keeps each code as SHA-256, never the code',
  );
  const surveyId = definition.id;

  // A phone opening a card's link finds its code filled in.
  const phone = await context.newPage();
  await phone.goto(links[0]);
  assert.equal(await phone.getByLabel('Your invitation code').inputValue(), codes[0]);
  await phone.close();

  // At the kiosk: without a code, or with a slip, Start says what is wrong and goes nowhere.
  const kiosk = await context.newPage();
  await kiosk.goto(link.replace('#', '?mode=kiosk#'));
  await kiosk.getByRole('button', { name: 'Start' }).click();
  await kiosk.getByText('Type the code on your invitation to start.').waitFor();
  // The refused Start takes the person to the code field; Enter there is Start.
  assert.equal(await kiosk.evaluate(() => document.activeElement.getAttribute('aria-invalid')), 'true');
  const slip = codes[1].slice(0, 11) + (codes[1][11] === '0' ? '1' : '0');
  await kiosk.getByLabel('Your invitation code').fill(slip);
  await kiosk.getByLabel('Your invitation code').press('Enter');
  await kiosk.getByText('This code has a mistake: check it against your invitation.').waitFor();
  assert.equal(await kiosk.getByLabel('Your invitation code').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await axeViolations(kiosk), []);
  // Four invited students answer, one after another.
  for (const code of codes.slice(0, 4)) await answerAtKiosk(kiosk, code);

  const dashboard = await context.newPage();
  await dashboard.goto(`${suite.url}dashboard.html?survey=saved:${surveyId}`);
  const counts = dashboard.locator('#pp-counts-title');
  await counts.filter({ hasText: 'Responses: 4' }).waitFor();
  // Every figure the page shows: the first screen's cards, the counts (but for the notes on what
  // was left out), every chart with its summary and table.
  const figures = async () => {
    const parts = await dashboard.locator('.pp-glance, .pp-counts, .pp-figure').allInnerTexts();
    return parts
      .join('\n')
      .split('\n')
      .filter((line) => !/invitation|^No figure, and no combination/.test(line))
      .join('\n');
  };
  const before = await figures();

  // Made up: a code the survey never made (well formed, so the kiosk takes it), a code used
  // again (the device keeps the first response made with it), and a file of invented responses.
  await answerAtKiosk(kiosk, codeOf('7KQM4RXP2HC'));
  await answerAtKiosk(kiosk, codes[0]);
  // The file also holds a response made with an invitation a student already used at the kiosk.
  const invented = ['0123456789abcdef0123456789abcdef', 'fedcba9876543210fedcba9876543210', `inv-${codes[1]}`].map((id) => ({
    id, survey_id: surveyId, survey_version: 1, wave: '', group: 'student', submitted: '2026-12-06', answers: { T1: 1 },
  }));
  const folder = await mkdtemp(join(tmpdir(), 'pp-invented-'));
  await writeFile(join(folder, 'invented.json'), JSON.stringify({ format: 'partnership-pulse/responses', version: 1, responses: invented }));
  await dashboard.reload();
  await dashboard.getByLabel('Bring in response files').setInputFiles(join(folder, 'invented.json'));
  const said = dashboard.getByText(
    '3 responses without a valid invitation are kept but in no figure: 2 with no invitation code; 1 with a code this survey did not make.',
  );
  await said.waitFor();
  await dashboard
    .getByText(/2 added, 1 already here\. By invitation, a response made with a code already used is not stored again/)
    .waitFor();
  assert.match(await counts.textContent(), /Responses: 4/);
  assert.equal(await figures(), before, 'no figure changed');
  assert.equal(await dashboard.getByText(/^Anyone with the survey's link/).count(), 0);
});

test('the database takes a response only with an invitation the survey made, once, for its group', async (t) => {
  const couch = await startCouch();
  t.after(() => couch.stop());
  const surveyId = 'northshire';
  const codes = ['7KQM4RXP2HC', 'A1B2C3D4E5F', 'ZZZZ0000YYY'].map(codeOf);
  const folder = await mkdtemp(join(tmpdir(), 'pp-invite-'));
  const file = join(folder, 'northshire-v1.survey.json');
  const made = [{ hash: hashOf(surveyId, codes[0]) }, { hash: hashOf(surveyId, codes[1]), group: 'staff' }];
  await writeFile(file, JSON.stringify({ id: surveyId, invitations: { made } }));
  await createResponseDatabase(couch.url, 'by-invitation', surveyId, surveyFileRules(file).invitations);
  const proxy = await startNginx({ couchPort: couch.port, database: 'by-invitation' });
  t.after(() => proxy.stop());
  const design = await (await fetch(`${couch.url}by-invitation/_design/partnership-pulse`)).json();
  for (const code of codes) assert.ok(!design.validate_doc_update.includes(code), 'no usable code in the database');
  const send = (id, group = 'student') =>
    fetch(`${proxy.submit}/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ _id: id, id, survey_id: surveyId, survey_version: 1, wave: '', group, submitted: '2026-12-06', answers: { T1: 4 } }),
    });
  assert.equal((await send(`inv-${codes[0]}`)).status, 201, 'an invitation of the survey');
  const again = (await send(`inv-${codes[0]}`, 'staff')).status;
  assert.ok([409, 403].includes(again), `the same code again is refused (${again})`);
  assert.equal((await send('0123456789abcdef')).status, 403, 'no code');
  assert.equal((await send(`inv-${codes[2]}`)).status, 403, 'a code the survey did not make');
  assert.equal((await send(`inv-${codes[1]}`, 'student')).status, 403, 'a code for another group');
  assert.equal((await send(`inv-${codes[1]}`, 'staff')).status, 201, 'that code for its group');
  const all = await (await fetch(`${couch.url}by-invitation/_all_docs`)).json();
  assert.deepEqual(all.rows.map((row) => row.id).filter((id) => !id.startsWith('_design')).sort(), [`inv-${codes[0]}`, `inv-${codes[1]}`].sort());
});
