// Reading a WebAssembly binary: its LEB128 numbers, names and sections. Shared by the build's
// scripts/build/slim-wasm.mjs and the on-demand bench/wasm-composition.mjs.

/** Reads the unsigned LEB128 number at `offset`: [value, offset after it]. */
export function readLeb(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, offset];
  }
}

/** Reads the wasm name (a length, then UTF-8) at `offset`: [text, offset after it]. */
export function readName(bytes, offset) {
  const [length, start] = readLeb(bytes, offset);
  return [bytes.subarray(start, start + length).toString(), start + length];
}

/** Each section of `wasm` after its 8-byte header: its id, where it starts and ends, its body. */
export function* sections(wasm) {
  for (let at = 8; at < wasm.length; ) {
    const [size, bodyStart] = readLeb(wasm, at + 1);
    yield { id: wasm[at], start: at, end: bodyStart + size, body: wasm.subarray(bodyStart, bodyStart + size) };
    at = bodyStart + size;
  }
}
