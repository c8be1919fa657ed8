# Sourced by the other scripts: the tool paths every step needs.
# Cargo's bin first for trunk and wasm-bindgen; the project's node_modules/.bin first of all so that
# Trunk finds binaryen's wasm-opt 132 (Debian's is too old for this rustc).
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PROJECT_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export NGINX="${NGINX:-/usr/sbin/nginx}"
# The wasm-opt Trunk is to use: binaryen's major version as package.json pins it ("132.0.0").
TRUNK_TOOLS_WASM_OPT="version_$(sed -n 's/.*"binaryen": "\([0-9]*\)\..*/\1/p' "$PROJECT_ROOT/package.json")"
export TRUNK_TOOLS_WASM_OPT
# On CI every build is from clean: incremental caches only cost disk there.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi
