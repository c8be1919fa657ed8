// What a page's wasm is made of, by crate and by function (run on demand): builds one binary with
// the `bench-profile` profile (the release build with its names kept), reads the wasm's name
// section and prints the bytes of code each crate contributes, the largest functions of the crate
// asked for, and the data section. The figures are before wasm-bindgen and wasm-opt (which drop
// wasm-bindgen's `describe` functions, counted apart here, and shrink the rest by about a tenth)
// and before compression: for where the bytes are, not for the budget (bench/bundle-size.sh).
// Usage: node bench/wasm-composition.mjs [bin] [crate]
//   bin: partnership-pulse (the survey page, default), dashboard or setup
//   crate: whose largest functions to list (default partnership_pulse, the pages; pulse_core, the domain)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readLeb, readName, sections } from '../scripts/build/wasm-binary.mjs';

const bin = process.argv[2] ?? 'partnership-pulse';
const wanted = process.argv[3] ?? 'partnership_pulse';
execFileSync('cargo', ['build', '--profile', 'bench-profile', '--target', 'wasm32-unknown-unknown', '--bin', bin], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
const wasm = readFileSync(`target/wasm32-unknown-unknown/bench-profile/${bin}.wasm`);

const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).filter((entry) => entry.kind === 'function').length;
const bodies = [];
const names = new Map();
let dataBytes = 0;
for (const { id, body } of sections(wasm)) {
  if (id === 10) {
    let [count, offset] = readLeb(body, 0);
    for (let i = 0; i < count; i += 1) {
      const [length, bodyStart] = readLeb(body, offset);
      bodies.push(length + (bodyStart - offset));
      offset = bodyStart + length;
    }
  } else if (id === 11) {
    dataBytes = body.length;
  } else if (id === 0 && readName(body, 0)[0] === 'name') {
    // The function names: subsection 1, a vector of (index, name).
    for (let offset = readName(body, 0)[1]; offset < body.length; ) {
      const kind = body[offset];
      const [length, subStart] = readLeb(body, offset + 1);
      if (kind === 1) {
        let [count, entry] = readLeb(body, subStart);
        for (let i = 0; i < count; i += 1) {
          let index;
          let name;
          [index, entry] = readLeb(body, entry);
          [name, entry] = readName(body, entry);
          names.set(index, name);
        }
      }
      offset = subStart + length;
    }
  }
}

/** The crate a (mangled) function name belongs to: its first path segment, or `<T as Trait>`'s type's. */
function crateOf(name) {
  if (name.includes('wasm_bindgen..describe') || name.startsWith('__wbindgen_describe')) return '(wasm-bindgen describe, removed)';
  const legacy = /^_ZN(\d+)/.exec(name);
  if (legacy) {
    const segment = name
      .slice(legacy[0].length, legacy[0].length + Number(legacy[1]))
      .replace(/\$LT\$|\$GT\$|\$RF\$|\$u20\$|\$BP\$/g, ' ')
      .replace(/\.\./g, '::');
    return /[A-Za-z_][A-Za-z0-9_]*/.exec(segment.replace(/^[\s_]*(mut |dyn |const )*/, ''))?.[0] ?? segment;
  }
  const v0 = /C(?:s[0-9a-zA-Z]*_)?(\d+)([A-Za-z_][A-Za-z0-9_]*)/.exec(name);
  if (name.startsWith('_R') && v0) return v0[2].slice(0, Number(v0[1]));
  return name.split('::')[0];
}

const byCrate = new Map();
const functions = [];
bodies.forEach((size, i) => {
  const name = names.get(imports + i) ?? '?';
  const crate = crateOf(name);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  functions.push({ size, name, crate });
});
const code = bodies.reduce((sum, size) => sum + size, 0);
console.log(`${bin}: ${code} bytes of code in ${bodies.length} functions, ${dataBytes} bytes of data (before wasm-bindgen, wasm-opt and compression)`);
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${String(size).padStart(9)}  ${((100 * size) / code).toFixed(1).padStart(5)}%  ${crate}`);
}
console.log(`\nlargest functions of ${wanted}:`);
for (const { size, name } of functions.filter((f) => f.crate === wanted).sort((a, b) => b.size - a.size).slice(0, 25)) {
  console.log(`${String(size).padStart(9)}  ${name.slice(0, 150)}`);
}
