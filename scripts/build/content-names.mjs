// The one rule for naming a built file by its content, used by every build step that names or
// finds such a file, by the service worker (written into sw.js at build time) and by the tests.
// A content-named file is `<stem>-<hash><suffix>`: `app-0123456789abcdef.css`, `boot-…js`,
// `partnership-pulse-…_bg.wasm`. What it holds never changes, so a browser may keep it for a year.
import { createHash } from 'node:crypto';

/** A content-named file's name: its stem, its hash (Trunk's may be shorter: no leading zeros) and its suffix. */
export const CONTENT_NAMED = /^(.+)-([0-9a-f]{8,16})((?:_bg)?\.(?:js|css|wasm))$/;

/** The same rule for the end of an address (the service worker sees paths). */
export const CONTENT_NAMED_PATH = /-[0-9a-f]{8,16}(?:_bg)?\.(?:js|css|wasm)$/;

/** The name of `bytes` as a file of `stem` and `suffix` (`.js`, `.css`, `_bg.wasm`). */
export function contentName(stem, suffix, bytes) {
  return `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${suffix}`;
}

/** `name`'s parts, or null when it is not content-named. */
export function contentNameParts(name) {
  const match = CONTENT_NAMED.exec(name);
  return match && { stem: match[1], hash: match[2], suffix: match[3] };
}

/** The Subresource Integrity hash a page writes for `bytes`. */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The manifest the last build step writes: every content-named file and what names it. */
export const MANIFEST = 'build-manifest.json';
