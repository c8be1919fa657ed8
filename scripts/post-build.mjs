// The one step after Trunk: turns the three pages Trunk built into dist/ into what is served.
// Each file a page loads is named by its final bytes once, at the end, and the build's manifest
// (dist/build-manifest.json: every content-named file with its integrity hash, and the files each
// page loads) is what embed.js and the service worker's list are written from.
// Usage: node scripts/post-build.mjs [--release]   (run by scripts/build.sh)
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { externaliseBoot } from './build/boot-script.mjs';
import { MANIFEST, contentNameParts } from './build/content-names.mjs';
import { writeEmbed } from './build/embed.mjs';
import { writeFirstScreen } from './build/first-screen.mjs';
import { inlineStartUp } from './build/inline-start-up.mjs';
import { joinStyles } from './build/join-styles.mjs';
import { minifyScriptsAndStyles } from './build/minify.mjs';
import { nameByContent } from './build/names.mjs';
import { precompress } from './build/precompress.mjs';
import { writeServiceWorker } from './build/service-worker.mjs';
import { slimWasm } from './build/slim-wasm.mjs';

const dir = 'dist';
const release = process.argv.includes('--release');

// Trunk's inline start-up scripts out to files (a strict Content-Security-Policy allows no inline
// script but the survey page's pre-start, by its hash, below).
await externaliseBoot(join(dir, 'index.html'), 'boot');
await externaliseBoot(join(dir, 'dashboard.html'), 'boot-dashboard');
await externaliseBoot(join(dir, 'setup.html'), 'boot-setup');
// The built-in survey's welcome screen in the survey page itself, readable before the wasm
// arrives (rendered from the app's component by scripts/build.sh).
await writeFirstScreen(join(dir, 'index.html'), 'target/welcome.html');
// The survey page's stylesheets as one file: a phone's first paint waits for one request, not two.
console.log(await joinStyles(join(dir, 'index.html'), 'survey'));
// Each wasm bundle slimmed (short import names in it and its script, no tool-only sections), then
// the scripts and stylesheets minified.
for (const line of await slimWasm(dir)) console.log(line);
console.log(await minifyScriptsAndStyles(dir));
// The survey page's stylesheet and pre-start script written into it: its first paint waits for
// the page alone. The hashes a strict policy allows them by go in the manifest.
const { hashes, fallbacks } = await inlineStartUp(join(dir, 'index.html'));
// Every content-named file named by its final bytes, the pages' integrity hashes, the manifest.
const { manifest, said } = await nameByContent(dir);
console.log(said);
// The files behind the written-in copies are no part of a first visit (nor of the service
// worker's list): the page fetches them only when a host's policy refused the copies.
const stemOf = (file) => contentNameParts(file)?.stem ?? file;
const fallbackStems = fallbacks.map(stemOf);
manifest.pages['index.html'] = manifest.pages['index.html'].filter((file) => !fallbackStems.includes(stemOf(file)));
const csp = { 'index.html': hashes };
await writeFile(join(dir, MANIFEST), `${JSON.stringify({ ...manifest, csp }, null, 1)}\n`);
// From the manifest: the loader a host page includes (docs/operating/serving.md, "Embedding"),
// and the service worker.
await writeEmbed(dir, manifest);
await writeServiceWorker(dir, manifest);
// Every file again as .gz and .br beside it, for servers that send them as they are (quicker and a
// little larger for a debug build).
console.log(await precompress(dir, !release));
