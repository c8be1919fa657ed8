// Moves through the survey as a person would: by keyboard, or by pointer where a test says so.
import assert from 'node:assert/strict';
import { storedRecords } from './suite.mjs';

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
export async function tabTo(page, selector, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** Tabs to the button whose text is `text` and presses Enter. */
export async function pressButton(page, text) {
  for (let presses = 0; presses < 80; presses += 1) {
    const focused = await page.evaluate(() =>
      document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent : null,
    );
    if (focused === text) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached the button "${text}"`);
}

/** Picks point `point` (1-5) of a Likert item with the keyboard: Tab to its group, arrows to the point. */
export async function answerLikert(page, item, point) {
  await tabTo(page, `#pp-${item}-1`);
  for (let step = 1; step < point; step += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await page.isChecked(`#pp-${item}-${point}`), true, `${item} = ${point}`);
}

/** Waits for the section heading `title` to show and hold focus. */
export async function onSection(page, title) {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'pp-section-title', `focus on "${title}"`);
}

/**
 * The responses stored on this device for a survey (the built-in one unless named), as the app
 * reads them: loose (one record each, as a respondent's device keeps them) and packed (a few
 * thousand to a record, as the dashboard keeps them).
 */
export async function storedResponses(page, surveyId = 'partnership-pulse') {
  const loose = (await storedRecords(page, 'responses')).filter((record) => record.g === surveyId);
  const packs = (await storedRecords(page, 'packed')).filter((record) => record.g === surveyId);
  return [...loose.map((record) => JSON.parse(record.v)), ...packs.flatMap((pack) => JSON.parse(pack.v))];
}

/** No element is wider than the viewport: nothing scrolls sideways. */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Words on the page broken across two lines (each part of a hyphenated word counts as a word of
 * its own, since breaking at a hyphen is allowed); hidden text and charts are left out.
 */
export async function brokenWords(page) {
  return page.evaluate(() => {
    const broken = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.pp-visually-hidden, svg') || parent.getClientRects().length === 0) continue;
      for (const match of node.textContent.matchAll(/[^\s\-/–]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.bottom)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

/** Doubles the size of all text (as a person's browser setting would), leaving the page width alone. */
export async function doubleTextSize(page) {
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
}

/**
 * On a section page, shows whole sections (a phone starts one question a screen) for tests that
 * walk the survey section by section; a no-op where whole sections already show.
 */
export async function showWholeSections(page) {
  await page.locator('.pp-layout-switch').waitFor();
  const whole = page.getByRole('button', { name: 'Show the whole section' });
  if ((await whole.count()) > 0) await whole.click();
  await page.getByRole('button', { name: 'Show one question at a time' }).waitFor();
}

/**
 * Words broken across lines although they would fit whole on a line of their element: a word
 * wider than its whole line (a long Welsh word in large type) may break, and no other.
 */
export async function needlesslyBrokenWords(page) {
  return page.evaluate(() => {
    const needless = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.pp-visually-hidden, svg') || parent.getClientRects().length === 0) continue;
      const block = parent.closest('p, li, label, legend, h1, h2, h3, button, span, div') ?? parent;
      const style = getComputedStyle(block);
      const line = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      for (const match of node.textContent.matchAll(/[^\s\-/–]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
        const lines = new Set(boxes.map((box) => Math.round(box.bottom)));
        const width = boxes.reduce((sum, box) => sum + box.width, 0);
        // Within a pixel of the line is as wide as the line (widths are summed from the pieces).
        if (lines.size > 1 && width < line - 1) needless.push(`${match[0]} (${Math.round(width)} of ${Math.round(line)} px)`);
      }
    }
    return needless;
  });
}
