// Answering the survey end to end, as respondents on different devices would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, axeViolations } from './support/browser.mjs';
import { useAppAndBrowser, pageWithStoredValue, storedRecords } from './support/suite.mjs';
import { tabTo, pressButton, answerLikert, onSection, storedResponses, horizontalOverflow, brokenWords, needlesslyBrokenWords, doubleTextSize } from './support/respondent.mjs';

const suite = useAppAndBrowser();

test('a whole survey is completed with the keyboard alone and stored as one response', async () => {
  const page = await openPage(suite.browser, suite.url);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await pressButton(page, 'Start');

  await onSection(page, 'About you');
  await tabTo(page, '#pp-group-employer-strategic');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await page.isChecked('#pp-group-student'), true);
  await tabTo(page, '#pp-partner-council');
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked('#pp-partner-council'), true);
  await pressButton(page, 'Next');

  await onSection(page, 'Trust');
  for (const item of ['T1', 'T2', 'T3', 'T4', 'T5']) await answerLikert(page, item, 4);
  await pressButton(page, 'Next');

  await onSection(page, 'Trust between organisations');
  // A matrix of one question asks it once: each partner's box holds its ratings, not the question again.
  assert.equal(await page.getByText('How far do you trust each partner organisation', { exact: false }).count(), 1);
  assert.equal(await page.getByText('How far do you trust it to do', { exact: false }).count(), 0);
  await tabTo(page, '#pp-PT-nhs-trust-trust-1');
  for (let step = 1; step < 4; step += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('radio', { name: 'Mostly' }).nth(1).isChecked(), true, 'the second partner: Mostly');
  await pressButton(page, 'Next');

  await onSection(page, 'Being included');
  for (const item of ['I1', 'I2', 'I3']) await answerLikert(page, item, 2);
  await tabTo(page, '#pp-IX-service-user-carer');
  await page.keyboard.press('Space');
  await pressButton(page, 'Next');

  await onSection(page, 'Value');
  await answerLikert(page, 'V1', 5);
  await tabTo(page, '#pp-PV-council-gain-1');
  for (let step = 1; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  await tabTo(page, '#pp-PV-council-contribution-1');
  for (let step = 1; step < 5; step += 1) await page.keyboard.press('ArrowDown');
  await pressButton(page, 'Next');

  for (const title of ['Shared aims', 'Leadership', 'Renewal']) {
    await onSection(page, title);
    await pressButton(page, 'Next');
  }
  await onSection(page, 'Your suggestion');
  await tabTo(page, 'textarea');
  await page.keyboard.type('Send papers a week ahead <please>');
  await pressButton(page, 'Review your answers');

  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  assert.match(await page.locator('main').textContent(), /You have answered 15 of 28 questions/);
  assert.equal(await page.locator('.pp-unanswered').count(), 13, 'unanswered questions are marked');
  await pressButton(page, 'Submit your response');

  await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
  const [response] = await storedResponses(page);
  assert.equal(response.group, 'student');
  assert.equal(response.partner, 'council');
  assert.equal(response.survey_id, 'partnership-pulse');
  assert.match(response.submitted, /^\d{4}-\d{2}-\d{2}$/);
  assert.match(response.id, /^[0-9a-f]{32}$/);
  assert.deepEqual(
    { T1: response.answers.T1, I3: response.answers.I3, V1: response.answers.V1, IX: response.answers.IX },
    { T1: 4, I3: 2, V1: 5, IX: ['service-user-carer'] },
  );
  assert.deepEqual(response.answers.PV, { council: { gain: 3, contribution: 5 } });
  assert.deepEqual(response.answers.PT, { 'nhs-trust': { trust: 4 } });
  assert.equal(response.answers.O1, 'Send papers a week ahead <please>');
  assert.equal(response.answers.group, undefined, 'group is a field of its own, not an answer');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an unanswered question on the review page is reachable and gets focus', async () => {
  const page = await openPage(suite.browser, suite.url);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#pp-group-university').check();
  for (let section = 0; section < 9; section += 1) await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await page.getByRole('button', { name: 'Answer: Enough staff time and money are given to the partnership\'s work.' }).click();
  await page.getByRole('heading', { level: 1, name: 'Leadership' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'pp-item-L2');
  // Answered there, "Back to review" returns straight to the review, which shows the answer.
  await page.locator('#pp-L2-4').check();
  await page.getByRole('button', { name: 'Back to review' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Change answer: Enough staff time and money are given to the partnership\'s work.' }).count(), 1);
  await page.context().close();
});

test('a reload in the middle resumes with every answer', async () => {
  const page = await openPage(suite.browser, suite.url);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#pp-group-voluntary').check();
  await page.locator('#pp-partner-voluntary-forum').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pp-T1-2').check();
  await page.locator('#pp-T2-0').check();
  await page.reload();
  const resume = page.getByRole('button', { name: 'Continue' });
  await resume.waitFor();
  assert.match(await page.locator('main').textContent(), /unfinished response on this device \(4 of 28 questions answered\)/);
  await resume.click();
  await page.getByRole('heading', { level: 1, name: 'Trust' }).waitFor();
  assert.equal(await page.isChecked('#pp-T1-2'), true);
  assert.equal(await page.isChecked('#pp-T2-0'), true, "don't know is kept too");
  await page.getByRole('button', { name: 'Back' }).click();
  assert.equal(await page.isChecked('#pp-group-voluntary'), true);
  assert.equal(await page.isChecked('#pp-partner-voluntary-forum'), true);
  // Discarding is deliberate: it asks first.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Discard and start again' }).click();
  await page.getByRole('button', { name: 'Yes, discard them' }).click();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await page.reload();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Continue' }).count(), 0);
  await page.context().close();
});

test('kiosk mode clears the previous person and leaving it needs a deliberate action', async () => {
  const page = await openPage(suite.browser, `${suite.url}?mode=kiosk`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#pp-group-service-user-carer').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pp-T1-5').check();
  for (let section = 1; section < 9; section += 1) await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  await page.getByRole('button', { name: 'Submit your response' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Download your response' }).count(), 0, 'nothing of the response is offered to the next person');
  await page.getByRole('button', { name: 'Start for the next person' }).click();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Continue' }).count(), 0);
  await page.getByRole('button', { name: 'Start' }).click();
  assert.equal(await page.isChecked('#pp-group-service-user-carer'), false, 'the last person\'s group is gone');
  assert.equal((await storedResponses(page)).length, 1);
  // Back on the welcome screen, kiosk mode stays on after a reload and asks before it is left.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.reload();
  await page.getByText('Shared device').waitFor();
  // By keyboard, each step leaves focus on what replaced the button pressed, never on the body.
  const focused = () => page.evaluate(() => document.activeElement.textContent.trim());
  await page.getByRole('button', { name: 'Leave kiosk mode' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Stay in kiosk mode' }).waitFor();
  assert.match(await focused(), /^Leave kiosk mode\? Only the person running the workshop/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Leave kiosk mode' }).waitFor();
  assert.equal(await focused(), 'Leave kiosk mode');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Yes, leave kiosk mode');
  await page.keyboard.press('Enter');
  await page.getByText('Shared device').waitFor({ state: 'detached' });
  // Focus on the screen's heading (the bar has gone with kiosk mode, so it moves once the screen is drawn).
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5000 });
  assert.equal(new URL(page.url()).searchParams.get('mode'), null, 'the address no longer asks for kiosk mode');
  // A respondent's own device is never offered kiosk mode.
  assert.equal(await page.getByRole('button', { name: /kiosk/i }).count(), 0);
  await page.context().close();
});

test('on a phone with text at 200 %: one question a screen, a partner a screen, nothing sideways, no word broken', async () => {
  const page = await openPage(suite.browser, suite.url, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await doubleTextSize(page);
  assert.deepEqual(await brokenWords(page), [], 'welcome');
  assert.equal(await horizontalOverflow(page), 0, 'welcome');
  await page.getByRole('button', { name: 'Start' }).tap();
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  assert.match(await page.locator('.pp-progress-text').textContent(), /Section 1 of 9 · 1 of 2 in this section/);
  assert.equal(await page.locator('.pp-question').count(), 1, 'one question on the screen');
  await page.locator('#pp-group-employer-practice').check();
  // Every screen of the survey, walked with Next: 2 + 5 + 5 partners + 7 + (3 + 5 partners) + 3 + 2 + 3 + 1.
  const seen = [];
  for (let screen = 0; screen < 60 && (await page.locator('.pp-section-page').count()) > 0; screen += 1) {
    const where = `${await page.locator('h1').textContent()} ${await page.locator('.pp-progress-text').textContent()}`;
    seen.push(where);
    assert.equal(await page.locator('.pp-question').count(), 1, where);
    assert.equal(await horizontalOverflow(page), 0, where);
    assert.deepEqual(await brokenWords(page), [], where);
    const partner = page.locator('.pp-matrix-partner');
    if ((await partner.count()) > 0) {
      assert.equal(await partner.count(), 1, `one partner at a time: ${where}`);
      // The five points of a rating stand in one row.
      const tops = await page.locator('.pp-point').evaluateAll((points) => points.slice(0, 5).map((p) => Math.round(p.getBoundingClientRect().top)));
      assert.equal(new Set(tops).size, 1, `a horizontal scale: ${where}`);
      if (screen === 7) assert.deepEqual(await axeViolations(page), [], where);
      await page.locator('.pp-point label').nth(3).tap();
    }
    await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).tap();
  }
  assert.equal(seen.length, 36, seen.join('\n'));
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  assert.equal(await horizontalOverflow(page), 0, 'review');
  assert.deepEqual(await brokenWords(page), [], 'review');
  const review = await page.locator('main').textContent();
  // Point 4 was tapped for the first rating of every partner screen: trust "Mostly", gain "A lot".
  assert.match(review, /5 of 5 partners rated\. City Council adult and children's services: Mostly; Community health NHS trust: Mostly/);
  assert.match(review, /City Council adult and children's services: A lot \/ –; Community health NHS trust: A lot \/ –/);
  await page.context().close();
});

test('in Welsh and Easy Read on a phone with text at 200 %: nothing sideways on any screen, and only a word wider than its line breaks', async () => {
  for (const language of ['cy', 'en-easy']) {
    const page = await openPage(suite.browser, `${suite.url}?lang=${language}`, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.locator('.pp-welcome:not(.pp-static-welcome) .pp-primary').waitFor();
    await doubleTextSize(page);
    const check = async (where) => {
      assert.equal(await horizontalOverflow(page), 0, `${language} ${where}`);
      assert.deepEqual(await needlesslyBrokenWords(page), [], `${language} ${where}`);
    };
    await check('welcome');
    await page.locator('.pp-welcome .pp-primary').tap();
    await page.locator('#pp-group-employer-practice').check();
    let screens = 0;
    for (; screens < 60 && (await page.locator('.pp-section-page').count()) > 0; screens += 1) {
      await check(`${await page.locator('h1').textContent()} ${await page.locator('.pp-progress-text').textContent()}`);
      // A tap near the right edge of an option card still lands on it (the page is not zoomed out).
      for (const box of await page.locator('.pp-option, .pp-point').evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().right))) {
        assert.ok(box <= 320, `${language}: every card ends inside the screen (${box})`);
      }
      await page.locator('.pp-nav .pp-primary').tap();
    }
    assert.equal(screens, 36, `${language}: every screen walked`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await check('review');
    await page.context().close();
  }
});

test('on a phone the person can choose to see the whole section, and back', async () => {
  const page = await openPage(suite.browser, suite.url, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await pressButton(page, 'Start');
  await onSection(page, 'About you');
  await page.locator('#pp-group-student').check();
  await pressButton(page, 'Next');
  await pressButton(page, 'Next');
  await onSection(page, 'Trust');
  assert.equal(await page.locator('.pp-question').count(), 1);
  await pressButton(page, 'Show the whole section');
  assert.equal(await page.locator('.pp-question').count(), 5, 'all of Trust');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Show one question at a time', 'focus stays on the switch');
  await answerLikert(page, 'T5', 2);
  await pressButton(page, 'Show one question at a time');
  assert.equal(await page.locator('.pp-question').count(), 1);
  assert.equal(await page.isChecked('#pp-T1-1'), false);
  await page.context().close();
});

test('on a phone, after each Next the next answer is one Tab away', async () => {
  const page = await openPage(suite.browser, suite.url, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await pressButton(page, 'Start');
  await onSection(page, 'About you');
  await page.locator('#pp-group-student').check();
  await pressButton(page, 'Next');
  await pressButton(page, 'Next');
  // Trust, one statement a screen: from the heading the focus is put on, one Tab reaches its
  // answers (before "Read aloud", "Show the whole section" and the buttons), screen after screen.
  for (const item of ['T1', 'T2', 'T3']) {
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement.id);
    assert.match(focused, new RegExp(`^pp-${item}-[1-5]$`), `${item}: the first Tab reaches an answer, not ${focused}`);
    await page.keyboard.press('ArrowDown');
    await pressButton(page, 'Next');
  }
  await page.context().close();
});

test('when storage fails the person is told, the answers stay, and they can download them', async () => {
  const context = await suite.browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    const refuse = function refuse() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = refuse;
    IDBObjectStore.prototype.add = refuse;
  });
  const page = await context.newPage();
  await page.goto(suite.url);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#pp-group-student').check();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /not being saved\. This browser's storage for this site is full\./);
  assert.equal(await page.isChecked('#pp-group-student'), true, 'the answer stays on screen');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pp-T1-4').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your answers' }).click()]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.format, 'partnership-pulse/responses');
  assert.equal(file.responses[0].group, 'student');
  assert.equal(file.responses[0].answers.T1, 4);
  // Submitting still ends well: thanks, a plain warning, and the file.
  for (let section = 1; section < 9; section += 1) await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  await page.getByRole('button', { name: 'Submit your response' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
  assert.match(await page.getByRole('alert').first().textContent(), /could not be saved on this device/);
  await context.close();
});

test('in private browsing with no storage at all, the person is told and can still finish', async () => {
  const context = await suite.browser.newContext();
  await context.addInitScript(() => {
    for (const name of ['localStorage', 'indexedDB']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Storage is disabled', 'SecurityError');
        },
      });
    }
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(suite.url);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#pp-group-student').check();
  assert.match(await page.getByRole('alert').textContent(), /private browsing or storage turned off/);
  await page.getByRole('button', { name: 'Download your answers' }).waitFor();
  assert.deepEqual(errors, [], 'no crash reaches the person');
  await context.close();
});

test('a draft of an older survey version is not applied and can be discarded', async () => {
  const page = await pageWithStoredValue(
    suite,
    'partnership-pulse:v1:draft:partnership-pulse',
    JSON.stringify({ format: 1, survey_id: 'partnership-pulse', survey_version: 0, position: 'review', answers: { T1: 5 } }),
  );
  await page.getByText('An unfinished response to version 0 of this survey').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Start', exact: true }).count(), 0, 'no way to misapply it');
  await page.getByRole('button', { name: 'Discard and start again' }).click();
  await page.getByRole('button', { name: 'Yes, discard them' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  await page.context().close();
});

test('stored data that cannot be read is kept aside and reported', async () => {
  const page = await pageWithStoredValue(suite, 'partnership-pulse:v1:draft:partnership-pulse', '{"format": 1, "survey_id": ');
  await page.getByText('could not be read').waitFor();
  // Moved from the old localStorage into IndexedDB, found unreadable there, and kept aside.
  const kept = await storedRecords(page, 'kept-aside');
  assert.deepEqual(kept, [{ k: 'drafts:partnership-pulse', g: 'drafts', v: '{"format": 1, "survey_id": ' }]);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).length), 0, 'nothing left in the old place');
  await page.context().close();
});

test('every screen passes axe-core, and at 200% zoom nothing scrolls sideways', async () => {
  // 200% zoom of a 1280 px wide window leaves 640 CSS pixels.
  const page = await openPage(suite.browser, suite.url, { viewport: { width: 640, height: 480 } });
  await page.getByRole('button', { name: 'Start' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'welcome');
  await page.getByRole('button', { name: 'Start' }).click();
  // The "group required" problem is a screen state of its own.
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('.pp-error-message').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'group required');
  await page.locator('#pp-group-other').check();
  await page.locator('#pp-partner-prefer-not-to-say').check();
  for (const title of ['About you', 'Trust', 'Trust between organisations', 'Being included', 'Value', 'Shared aims', 'Leadership', 'Renewal', 'Your suggestion']) {
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.deepEqual(await axeViolations(page), [], title);
    assert.equal(await horizontalOverflow(page), 0, title);
    await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  }
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'review');
  await page.getByRole('button', { name: 'Submit your response' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'thanks');
  assert.equal(await page.getByText('kiosk', { exact: false }).count(), 0, 'no kiosk offer on a respondent\'s device');
  await page.goto(`${suite.url}?mode=kiosk`);
  await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
  assert.deepEqual(await axeViolations(page), [], 'kiosk confirmation');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the page language is the survey\'s');
  await page.context().close();
});

test('with reduced motion asked for, nothing animates', async () => {
  const page = await openPage(suite.browser, suite.url, { reducedMotion: 'reduce' });
  await page.getByRole('button', { name: 'Start' }).click();
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('.pp-root *')].filter((element) => {
      const style = getComputedStyle(element);
      return style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0;
    }).length,
  );
  assert.equal(moving, 0);
  await page.context().close();
});

/** A first visit to the survey page in a new browser context, once its service worker is ready. */
async function firstVisitWithServiceWorker() {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(suite.url);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return { context, page };
}

test('after the first visit the app opens offline and can be installed', async () => {
  const { context, page } = await firstVisitWithServiceWorker();
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((icon) => icon.sizes === '512x512'));
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Start' }).waitFor({ timeout: 10000 });
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  await context.close();
});

test('offline, each page opens as itself: the survey never shows the dashboard or the set-up screen', async () => {
  const { context, page } = await firstVisitWithServiceWorker();
  // Online, the facilitator's pages are visited after the survey (a shared workshop laptop).
  const dashboard = new URL('dashboard.html', suite.url).href;
  const setup = new URL('setup.html', suite.url).href;
  await page.goto(dashboard);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.goto(setup);
  await page.getByRole('heading', { level: 1, name: /Set up/ }).waitFor();
  await context.setOffline(true);
  for (const address of [suite.url, new URL('index.html', suite.url).href, `${suite.url}?mode=kiosk`]) {
    await page.goto(address);
    await page.getByRole('button', { name: /^(Start|Continue)$/ }).first().waitFor({ timeout: 10000 });
    assert.equal(await page.getByRole('heading', { level: 1, name: 'Dashboard' }).count(), 0, `${address} offline`);
  }
  await page.goto(dashboard);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 10000 });
  await page.goto(setup);
  await page.getByRole('heading', { level: 1, name: /Set up/ }).waitFor({ timeout: 10000 });
  await context.close();
});

test('after the "choose your group" problem, choosing a group by keyboard keeps focus in the question', async () => {
  const page = await openPage(suite.browser, suite.url);
  await pressButton(page, 'Start');
  await onSection(page, 'About you');
  await pressButton(page, 'Next');
  await page.locator('.pp-error-message').waitFor();
  // Focus went to the question to fix; into its options, Space chooses, an arrow moves on.
  await tabTo(page, '#pp-group-employer-strategic');
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked('#pp-group-employer-strategic'), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'pp-group-employer-strategic', 'focus stays on the option');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.isChecked('#pp-group-employer-practice'), true, 'the arrow key moves on to the next group');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'pp-group-employer-practice');
  await page.context().close();
});

test('a tap anywhere on an option card chooses it, even its padding beside the control', async () => {
  const page = await openPage(suite.browser, suite.url, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  await page.getByRole('button', { name: 'Start' }).tap();
  const card = page.locator('.pp-option', { has: page.locator('#pp-group-student') });
  await card.scrollIntoViewIfNeeded();
  const box = await card.boundingBox();
  // The top-left corner, inside the border and left of the radio; then the far right edge.
  await page.touchscreen.tap(box.x + 3, box.y + 3);
  assert.equal(await page.isChecked('#pp-group-student'), true, 'the corner of the card');
  const other = page.locator('.pp-option', { has: page.locator('#pp-group-university') });
  await other.scrollIntoViewIfNeeded();
  const otherBox = await other.boundingBox();
  await page.touchscreen.tap(otherBox.x + otherBox.width - 3, otherBox.y + otherBox.height - 3);
  assert.equal(await page.isChecked('#pp-group-university'), true, 'the far corner of another card');
  await page.context().close();
});

test('when another tab keeps storage from opening, the person is told and Submit still ends with their answers', async () => {
  // A tab of the release before the outbox holds the database at schema 1 and never lets go,
  // so this release's upgrade waits. Before, every store call waited for ever: Submit did
  // nothing, with no message and no file.
  const context = await suite.browser.newContext({ acceptDownloads: true });
  const holder = await context.newPage();
  await holder.goto(`${suite.url}icon.svg`);
  await holder.evaluate(() => new Promise((done) => {
    const open = indexedDB.open('partnership-pulse', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('settings', { keyPath: 'k' });
    open.onsuccess = () => { window.heldOpen = open.result; done(); };
  }));
  const page = await context.newPage();
  await page.goto(suite.url);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#pp-group-student').check();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /another tab of this site is holding it/);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pp-T1-4').check();
  for (let section = 1; section < 9; section += 1) await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  await page.getByRole('button', { name: 'Submit your response' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
  const said = page.getByRole('alert').filter({ hasText: /could not be saved on this device/ });
  assert.match(await said.textContent(), /could not be saved on this device\. This browser's storage did not open/);
  assert.equal(await page.getByText(/Once you have chosen your group/).count(), 0, 'the answering screen\'s warning is gone');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your response' }).click()]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.responses[0].answers.T1, 4);
  await context.close();
});
