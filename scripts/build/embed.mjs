// Writes embed.js: the loader a host page includes to mount the app in its own elements. It names
// the content-named bundles of this build, from the build's manifest.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentNameParts } from './content-names.mjs';
import { minifyScript } from './minify.mjs';

/** Writes `dir`/embed.js naming the bundles and styles in `manifest`. */
export async function writeEmbed(dir, manifest) {
  const find = (stem, suffix) => {
    const file = Object.keys(manifest.files).find((name) => {
      const parts = contentNameParts(name);
      return parts.stem === stem && parts.suffix === suffix;
    });
    if (!file) throw new Error(`the build has no ${stem}-<hash>${suffix}`);
    return file;
  };
  const styles = find('app', '.css');
  const facilitatorStyles = find('facilitator', '.css');
  const bundles = {
    survey: { js: find('partnership-pulse', '.js'), wasm: find('partnership-pulse', '_bg.wasm') },
    dashboard: { js: find('dashboard', '.js'), wasm: find('dashboard', '_bg.wasm') },
    setup: { js: find('setup', '.js'), wasm: find('setup', '_bg.wasm') },
  };
  const source = `// Partnership Pulse embed loader (written by scripts/build/embed.mjs; see docs/operating/serving.md, "Embedding").
// Mounts the app in every element with a data-partnership-pulse attribute. Each bundle is fetched
// once, from beside this file, only when a mode needs it (survey, dashboard or set-up).
const base = new URL('./', import.meta.url);
const BUNDLES = ${JSON.stringify(bundles)};
const DASHBOARD_MODES = ['dashboard', 'present'];
const STYLES = ${JSON.stringify(styles)};
const FACILITATOR_STYLES = ${JSON.stringify(facilitatorStyles)};
const started = {};

/** Links one of the app's stylesheets (every rule scoped under .pp-root), once: no inline styles. */
function linkStyles(file) {
  if (document.querySelector(\`link[href$="\${file}"]\`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(file, base).href;
  document.head.append(link);
}
linkStyles(STYLES);

function bundle(name) {
  started[name] ??= import(new URL(BUNDLES[name].js, base).href).then(async (module) => {
    await module.default({ module_or_path: new URL(BUNDLES[name].wasm, base) });
    return module;
  });
  return started[name];
}

function fail(message, target) {
  console.error(message);
  (target ?? document).dispatchEvent(new CustomEvent('partnership-pulse:error', { detail: { message }, bubbles: true }));
}

const hosts = document.querySelectorAll('[data-partnership-pulse]');
if (hosts.length === 0) {
  fail('Partnership Pulse found no element to show itself in: add <div data-partnership-pulse></div> to the page.');
}
for (const host of hosts) {
  const name = DASHBOARD_MODES.includes(host.dataset.mode) ? 'dashboard' : host.dataset.mode === 'setup' ? 'setup' : 'survey';
  // The dashboard's and the set-up screen's own rules; a survey alone never fetches them.
  if (name !== 'survey') linkStyles(FACILITATOR_STYLES);
  // Links the set-up screen makes point at the app's own pages, beside this file.
  host.dataset.appBase ??= base.href;
  bundle(name)
    .then((module) => module.mount(host))
    .catch((error) => {
      const message = \`Partnership Pulse could not start: \${error.message}\`;
      const box = document.createElement('p');
      box.setAttribute('role', 'alert');
      box.textContent = message;
      host.replaceChildren(box);
      fail(message, host);
    });
}
`;
  await writeFile(join(dir, 'embed.js'), await minifyScript(source, true));
}
