#!/usr/bin/env bash
# Rebuilds dist/ and fails, showing the difference, if it is not what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build --silent
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ differs from a fresh build: run 'npm run build' and commit dist/" >&2
  git status --porcelain -- dist >&2
  git --no-pager diff --stat -- dist >&2
  git --no-pager diff -- dist | head -200 >&2
  exit 1
fi
echo "check-dist: dist/ matches a fresh build"
