// Launches Debian's Chromium through playwright-core (never a downloaded browser) and checks pages with axe-core.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const LAUNCH_ATTEMPTS = 3;

/**
 * Headless system Chromium with the flags this closed network needs. A browser that dies while
 * starting (seen once in CI on a loaded machine, before any page existed) is started again, up to
 * three times; a failure inside a test is never retried.
 */
export async function launchChromium() {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
    } catch (error) {
      if (attempt >= LAUNCH_ATTEMPTS) throw error;
      console.log(`# Chromium did not start (attempt ${attempt}): ${String(error.message).split('\n')[0]}`);
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

/** Opens a page that records console errors and page errors in `page.problems`. */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return page;
}

let axeSource;

/** Runs axe-core's WCAG 2.x A/AA and best-practice rules on the page; returns readable violations. */
export async function axeViolations(page) {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.join(', ')})`);
}
