import { readFileSync } from 'node:fs';

/** A strict host's policy that names no inline script or style (issue #7). */
export const SELF_ONLY_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/**
 * The Content-Security-Policy a strict host serves the app under, as docs/operating/serving.md
 * gives it: the survey page's written-in style and script allowed by the hashes the build's
 * manifest gives (dist/build-manifest.json, `csp`), nothing else inline.
 */
export function strictCsp() {
  const { csp } = JSON.parse(readFileSync('dist/build-manifest.json', 'utf8'));
  const page = csp['index.html'];
  return `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${page['script-src']}; style-src 'self' ${page['style-src']}; img-src 'self' data:`;
}
