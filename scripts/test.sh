#!/usr/bin/env bash
# Every test: static checks, unit tests (with the shared corpus), then the app in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-chromium.sh
node scripts/prepare-wasm.mjs
echo "== lint and types"
npx eslint .
npx tsc --noEmit -p .
echo "== unit tests"
npx vitest run
echo "== build"
npm run build
echo "== browser tests (Chromium)"
npx playwright test
