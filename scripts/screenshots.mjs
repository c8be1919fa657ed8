// Takes the screenshots of README.md from the release build in dist/ (run scripts/build.sh --release
// first): a respondent's phone at 360 px and the facilitator's screens at 1280 px, with 60 made-up
// responses on the dashboard. Usage: node scripts/screenshots.mjs
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from '../tests/e2e/support/server.mjs';
import { launchChromium } from '../tests/e2e/support/browser.mjs';

const OUT = 'docs/screenshots';
const GROUPS = ['employer-strategic', 'employer-practice', 'university', 'student', 'service-user-carer', 'voluntary', 'other'];
const PARTNERS = ['council', 'nhs-trust', 'university', 'voluntary-forum', 'carers-network'];
const ITEMS = ['T1', 'T2', 'T3', 'T4', 'T5', 'I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'V1', 'V2', 'V3', 'A1', 'A2', 'A3', 'L1', 'L2', 'R1', 'R2', 'R3'];

/** 60 responses from a fixed pseudo-random sequence, so the screenshots are the same each time. */
function madeUpResponses() {
  let seed = 7;
  const next = (below) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % below;
  };
  return Array.from({ length: 60 }, (_, index) => {
    const group = GROUPS[index % 5 === 4 ? 4 : next(4)];
    // People who use services and carers answer lower on inclusion: the dashboard flags it.
    const lean = group === 'service-user-carer' ? -1 : 0;
    const answers = Object.fromEntries(ITEMS.map((item) => [item, Math.max(1, Math.min(5, 3 + next(3) - 1 + (item.startsWith('I') ? lean : 0)))]));
    answers.PT = Object.fromEntries(PARTNERS.map((partner) => [partner, { trust: 2 + next(4) }]));
    answers.PV = Object.fromEntries(PARTNERS.map((partner) => [partner, { gain: 2 + next(4), contribution: 2 + next(4) }]));
    return {
      id: `shot${index}`, survey_id: 'partnership-pulse', survey_version: 2, wave: '', group,
      partner: PARTNERS[next(5)], submitted: '2026-11-01', answers,
    };
  });
}

const server = await serveDirectory('dist');
const browser = await launchChromium();
await mkdir(OUT, { recursive: true });

const welsh = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
await welsh.goto(`${server.url}?lang=cy`);
await welsh.getByRole('button', { name: 'Dechrau' }).waitFor();
await welsh.screenshot({ path: `${OUT}/welcome-cy-360.png` });

const phone = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
await phone.goto(server.url);
await phone.getByRole('button', { name: 'Start' }).tap();
await phone.locator('#pp-group-service-user-carer').check();
await phone.getByRole('button', { name: 'Next' }).tap();
await phone.getByRole('button', { name: 'Next' }).tap();
await phone.locator('#pp-T1-4').check();
await phone.evaluate(() => window.scrollTo(0, 0));
await phone.screenshot({ path: `${OUT}/answering-360.png` });
for (let screen = 0; screen < 5; screen += 1) await phone.getByRole('button', { name: 'Next' }).tap();
await phone.locator('#pp-PT-council-trust-4').check();
await phone.evaluate(() => window.scrollTo(0, 0));
await phone.screenshot({ path: `${OUT}/partner-rating-360.png` });

// The same screen on a phone set to dark.
const dark = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, colorScheme: 'dark' });
await dark.goto(server.url);
await dark.getByRole('button', { name: 'Start' }).tap();
await dark.locator('#pp-group-service-user-carer').check();
for (let screen = 0; screen < 7; screen += 1) await dark.getByRole('button', { name: 'Next' }).tap();
await dark.locator('#pp-PT-council-trust-4').check();
await dark.evaluate(() => window.scrollTo(0, 0));
await dark.screenshot({ path: `${OUT}/partner-rating-dark-360.png` });

const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
await context.addInitScript((value) => {
  if (!sessionStorage.getItem('seeded')) {
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('partnership-pulse:v1:responses:partnership-pulse', value);
  }
}, JSON.stringify(madeUpResponses()));
const dashboard = await context.newPage();
await dashboard.goto(`${server.url}dashboard.html`);
await dashboard.getByRole('heading', { name: 'How is the partnership doing?' }).waitFor();
await dashboard.screenshot({ path: `${OUT}/dashboard-1280.png` });
await dashboard.getByRole('button', { name: 'Present full screen' }).click();
await dashboard.getByRole('heading', { level: 1, name: 'Indicators by group' }).waitFor();
await dashboard.keyboard.press('ArrowRight');
await dashboard.keyboard.press('ArrowRight');
await dashboard.getByRole('heading', { level: 1, name: 'Indicators by group (radar)' }).waitFor();
await dashboard.screenshot({ path: `${OUT}/presentation-1280.png` });

// The presentation's last slide: the room's actions, typed as they are agreed.
for (let slide = 3; slide < 10; slide += 1) await dashboard.keyboard.press('ArrowRight');
await dashboard.getByRole('heading', { level: 1, name: 'What we agreed' }).waitFor();
const owners = dashboard.getByRole('group', { name: 'Which partner organisations own it' });
const agree = async (what, answers, partners) => {
  await dashboard.locator('#pp-action-what').fill(what);
  const value = await dashboard.locator('#pp-action-answers').evaluate((list, wanted) => [...list.options].find((o) => o.text.startsWith(wanted)).value, answers);
  await dashboard.locator('#pp-action-answers').selectOption(value);
  for (const partner of partners) await owners.getByRole('checkbox', { name: partner }).check();
  await dashboard.getByRole('button', { name: 'Add the action' }).click();
  await dashboard.locator('.pp-action-list > li', { hasText: what }).waitFor();
};
await agree('Co-design the next placement handbook with carers and students', 'Inclusion', ['Service user and carer network', 'The university']);
await agree('Send meeting papers a week ahead, in plain English', 'Trust', ["City Council adult and children's services"]);
await dashboard.locator('.pp-action-list > li').nth(1).getByLabel('Where it stands').selectOption({ label: 'Under way' });
await dashboard.evaluate(() => document.activeElement?.blur());
await dashboard.screenshot({ path: `${OUT}/actions-1280.png` });
await dashboard.keyboard.press('Escape');

// The board report, as a board member reads it on a phone.
const [download] = await Promise.all([
  dashboard.waitForEvent('download'),
  dashboard.getByRole('button', { name: 'Make the report (HTML)' }).click(),
]);
const reportFile = join(await mkdtemp(join(tmpdir(), 'pp-shot-')), 'report.html');
await copyFile(await download.path(), reportFile);
const reader = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
await reader.goto(`file://${reportFile}`);
await reader.screenshot({ path: `${OUT}/report-360.png` });
await reader.locator('h2', { hasText: 'What we agreed' }).scrollIntoViewIfNeeded();
await reader.evaluate(() => window.scrollBy(0, -8));
await reader.screenshot({ path: `${OUT}/report-actions-360.png` });

const setup = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await setup.goto(`${server.url}setup.html`);
await setup.getByRole('button', { name: 'New survey' }).click();
await setup.getByLabel('New partner', { exact: true }).fill('Northshire Council');
await setup.getByLabel('New partner', { exact: true }).press('Enter');
await setup.getByRole('textbox', { name: 'Survey link' }).waitFor();
await setup.screenshot({ path: `${OUT}/setup-1280.png` });

await browser.close();
await server.close();
console.log(`screenshots written to ${OUT}/`);
