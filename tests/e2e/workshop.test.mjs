// A two-venue workshop, as a facilitator runs one: a shared kiosk at each venue and people's own
// phones send their responses to the survey's write-only address, and the projector — the
// facilitator's dashboard connected to the database, in presentation mode — counts them as they
// arrive, without a reload. Real servers: PouchDB Server (in memory) behind Debian's nginx with the
// README's configuration, both on loopback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createResponseDatabase, freePort, startCouch, startNginx } from './support/servers.mjs';
import { northshireSetup, shareLink } from './support/share-link.mjs';
import { useAppAndBrowser } from './support/suite.mjs';
import { showWholeSections } from './support/respondent.mjs';
import { axeViolations } from './support/browser.mjs';

const suite = useAppAndBrowser();
const DATABASE = 'northshire-workshop';
let couch;
let proxy;

before(async () => {
  couch = await startCouch(await freePort());
  proxy = await startNginx({ couchPort: couch.port, database: DATABASE, allowedOrigin: new URL(suite.url).origin });
  await createResponseDatabase(couch.url, DATABASE, 'northshire');
});

after(async () => {
  await proxy?.stop();
  await couch?.stop();
});

/** Answers the group question, moves to the review page and submits; the thank-you page's note. */
async function answerAndSubmit(page, group) {
  await page.getByRole('button', { name: 'Start' }).click();
  await showWholeSections(page);
  await page.locator(`#pp-group-${group}`).check();
  const submit = page.getByRole('button', { name: 'Submit your response' });
  for (let section = 1; !(await submit.isVisible()); section += 1) {
    assert.ok(section <= 10, 'the review page is reached');
    await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  }
  await submit.click();
  await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
  const note = page.getByText(/^Sent to the person running the survey/);
  await note.waitFor({ timeout: 30_000 });
  return note.textContent();
}

/** How many responses the database holds. */
async function storedCount() {
  const all = await (await fetch(`${couch.url}${DATABASE}/_all_docs`)).json();
  return all.rows.filter((row) => !row.id.startsWith('_design/')).length;
}

test('kiosks at two venues and phones feed one projector live', async (t) => {
  // The facilitator's set-up: the built-in instrument for Northshire, sending to the proxy.
  const setup = northshireSetup(proxy.submit);
  const link = shareLink(suite.url, setup);

  // The facilitator's laptop: the survey set up there (its saved surveys), its dashboard
  // connected to the database and presented on the projector.
  const laptop = await suite.browser.newContext();
  t.after(() => laptop.close());
  await laptop.addInitScript((saved) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('partnership-pulse:v1:surveys', saved);
    }
  }, JSON.stringify([{ setup, unsealed: true }]));
  const projector = await laptop.newPage();
  projector.problems = [];
  projector.on('pageerror', (error) => projector.problems.push(error.message));
  // The set-up page, where the survey was made, opens its dashboard.
  await projector.goto(`${suite.url}setup.html`);
  await projector.getByRole('textbox', { name: 'Survey link' }).waitFor();
  await projector.getByRole('link', { name: "Open this survey's dashboard" }).click();
  await projector.waitForURL(/dashboard\.html\?survey=saved:northshire$/);
  await projector.locator('.pp-lead', { hasText: 'Northshire practice learning partnership' }).waitFor();
  await projector.getByLabel('Server address (for example https://couch.example.org)').fill(couch.url);
  await projector.getByLabel('Database name').fill(DATABASE);
  await projector.getByRole('button', { name: 'Connect and sync' }).click();
  // Small numbers are never shown, on the projector least of all.
  await projector.getByText('Live: fewer than 4 responses; new ones appear as they reach the database.').waitFor({ timeout: 30_000 });
  await projector.getByRole('button', { name: 'Present full screen' }).click();
  // Nothing to show yet: one slide says so (not nine empty charts), its heading focused.
  const waiting = projector.getByRole('heading', { level: 1, name: 'No responses yet — here is how to collect them' });
  await waiting.waitFor();
  assert.equal(await projector.evaluate(() => document.activeElement.tagName), 'H1');
  assert.equal(await projector.locator('.pp-present .pp-chart').count(), 0);
  assert.deepEqual(await axeViolations(projector), [], 'the waiting slide');

  // Venue A and venue B: a kiosk at each that two people use in turn.
  const server = new URL(proxy.submit).host;
  const venues = [];
  for (const people of [['student', 'staff'], ['staff', 'student']]) {
    const device = await suite.browser.newContext();
    t.after(() => device.close());
    const kiosk = await device.newPage();
    await kiosk.goto(link.replace('#', '?mode=kiosk#'));
    await kiosk.getByRole('complementary', { name: 'Shared device' }).waitFor();
    venues.push({ kiosk, people });
  }
  for (const { kiosk, people } of venues) {
    for (const [turn, group] of people.entries()) {
      if (turn > 0) await kiosk.getByRole('button', { name: 'Start for the next person' }).click();
      assert.equal(await answerAndSubmit(kiosk, group), `Sent to the person running the survey (${server}).`);
    }
  }
  // Four responses, two in each group: both groups are too small (k = 3: a group needs 4), so
  // their answers are counted together as "Other groups, combined" (4), never a group on its own.
  await projector.getByText(/^Live: 4 responses; the last arrived at \d\d:\d\d:\d\d\.$/).waitFor({ timeout: 30_000 });
  assert.equal(await storedCount(), 4);

  // People on their own phones, from the link or its QR code: a student and a member of staff
  // first. Two newcomers would change "Other groups, combined" by two people: they wait, and
  // the live line still counts 4 while the last arrival's time moves on.
  let lastSentAt = 0;
  const phoneAnswers = async (group) => {
    const phone = await suite.browser.newContext({ viewport: { width: 360, height: 740 } });
    t.after(() => phone.close());
    const page = await phone.newPage();
    await page.goto(link);
    assert.equal(await answerAndSubmit(page, group), `Sent to the person running the survey (${server}).`);
    lastSentAt = Date.now();
  };
  for (const group of ['student', 'staff']) await phoneAnswers(group);
  for (let tries = 0; (await storedCount()) < 6 && tries < 300; tries += 1) await new Promise((done) => setTimeout(done, 100));
  await projector.getByText(/^Live: 4 responses; the last arrived at \d\d:\d\d:\d\d\.$/).waitFor({ timeout: 30_000 });
  // Two more: four in each group, each now a group of its own; every change is of 4 people.
  for (const group of ['student', 'staff']) await phoneAnswers(group);
  await projector.getByText(/^Live: 8 responses; the last arrived at \d\d:\d\d:\d\d\.$/).waitFor({ timeout: 30_000 });
  console.log(`the last phone's response reached the projector ${Date.now() - lastSentAt} ms after its thank-you page said it was sent`);

  // The projector is still on the slide it was showing, and the database holds each response once.
  await projector.getByText('Slide 1 of 10').waitFor();
  assert.equal(await storedCount(), 8);
  assert.deepEqual(projector.problems, []);
});
