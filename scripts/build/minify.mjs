// Minifies the scripts and stylesheets of dist/ in place (Terser, clean-css), and gives each
// wasm-bindgen script Chromium's compile hint. Trunk's own --minify is not used: it rewrites the
// pages' HTML too, which the later build steps read; this step does scripts and styles and
// nothing else. The files are named by their final bytes afterwards (names.mjs).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import CleanCSS from 'clean-css';
import { minify } from 'terser';

/** Chromium's explicit compile hint for a whole script (a comment elsewhere, so harmless). */
const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';
/** `source` minified as a script (a module when `isModule`). */
export async function minifyScript(source, isModule) {
  return (await minify(source, { module: isModule, ecma: 2020, compress: { passes: 2 }, mangle: true })).code;
}

/** Minifies every script and stylesheet of `dir`; a line saying what it saved. */
export async function minifyScriptsAndStyles(dir) {
  const names = (await readdir(dir)).sort();
  let before = 0;
  let after = 0;
  /** The files made smaller. */
  let changed = 0;

  for (const name of names) {
    const type = extname(name);
    if (type !== '.js' && type !== '.css') continue;
    const source = await readFile(join(dir, name), 'utf8');
    let output;
    if (type === '.js') {
      // The wasm-bindgen scripts, the start-up scripts and the embed loader are modules; the
      // service worker and pre-start.js are classic scripts, whose top-level names stay as they are.
      const isModule = /^\s*(?:import|export)\b/m.test(source) || source.includes('import.meta');
      output = await minifyScript(source, isModule);
      // A wasm-bindgen script's functions (one per import of the wasm) are nearly all called while
      // the app starts: Chromium's compile hint has them compiled with the script, while the wasm
      // is still downloading, rather than one by one on the main thread during the first render
      // (about 27 functions and 5 ms of the slowed phone profile's start).
      if (names.includes(name.replace(/\.js$/, '_bg.wasm'))) output = `${COMPILE_ALL_HINT}\n${output}`;
    } else {
      // Level 1 only: each rule made smaller on its own, never merged or reordered with others.
      const result = new CleanCSS({ level: 1 }).minify(source);
      if (result.errors.length > 0) throw new Error(`${name}: ${result.errors.join('; ')}`);
      output = result.styles;
    }
    if (!output || output.length >= source.length) continue;
    await writeFile(join(dir, name), output);
    changed += 1;
    before += Buffer.byteLength(source);
    after += Buffer.byteLength(output);
  }
  return `minified ${changed} scripts and stylesheets in ${dir}/: ${before} bytes to ${after}`;
}
