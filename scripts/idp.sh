#!/usr/bin/env bash
# Installs the test OpenID provider (tests/idp: panva/oidc-provider, pinned by package-lock.json) into a build
# directory with `npm ci`, never into the source tree. Run by the CTest fixture `idp` before the issuer tests.
#   scripts/idp.sh install SOURCE_DIR DEST_DIR
# Skips npm when DEST_DIR already holds the packages of this very lock file. Fails (exit 1) when node or npm is
# missing or the install fails: the tests that need the provider must not pass without it.
set -euo pipefail

[ "${1:-}" = install ] && [ $# -eq 3 ] || { echo "usage: $0 install SOURCE_DIR DEST_DIR" >&2; exit 2; }
src=$2
dest=$3
command -v node >/dev/null || { echo "error: node is not installed (scripts/deps: nodejs)" >&2; exit 1; }
command -v npm >/dev/null || { echo "error: npm is not installed (scripts/deps: npm)" >&2; exit 1; }
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 18 ] || { echo "error: node $(node --version) is too old; oidc-provider 8 needs 18 or newer" >&2; exit 1; }

mkdir -p "$dest"
cp "$src/package.json" "$src/package-lock.json" "$src/provider.mjs" "$dest/"
stamp="$dest/node_modules/.authscope-lock.sha256"
want=$(sha256sum "$src/package-lock.json" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d "$dest/node_modules/oidc-provider" ]; then
    echo "oidc-provider already installed in $dest"
    exit 0
fi
echo "installing oidc-provider into $dest with npm ci (node $(node --version), npm $(npm --version))"
(cd "$dest" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
echo "$want" > "$stamp"
