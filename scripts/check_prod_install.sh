#!/usr/bin/env bash
# A production install gives the same outputs as the dev checkout (README → Quick start):
#   git archive HEAD | tar -x -C TMP && cd TMP && npm ci --omit=dev && npm run pipeline
# then every file of its out/ is compared, byte for byte, with a run of this checkout on
# the same raw/. Exit 0 when identical, 1 otherwise. Needs the npm registry (npm ci);
# about a minute. Usage: bash scripts/check_prod_install.sh [KEEP_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-prod-XXXXXX")}"
mkdir -p "$work/prod"
git archive HEAD | tar -x -C "$work/prod"
(cd "$work/prod" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
echo "production install: $(cd "$work/prod" && npm ls --omit=dev --all --parseable 2>/dev/null | tail -n +2 | wc -l) packages"
set +e
(cd "$work/prod" && npm run -s pipeline -- --quiet --no-cache --out "$work/out-prod")
prod=$?
node pipeline/launch.mjs --quiet --no-cache --in "$work/prod/raw" --out "$work/out-dev"
dev=$?
set -e
echo "exit codes: production $prod, dev checkout $dev"
if [ "$prod" -ne "$dev" ] || { [ "$prod" -ne 0 ] && [ "$prod" -ne 3 ]; }; then echo "production install: the runs did not both finish"; exit 1; fi
if diff -r "$work/out-prod" "$work/out-dev" >/dev/null; then
  echo "production install: outputs byte-identical to the dev checkout ($(find "$work/out-prod" -type f | wc -l) files)"
  [ -n "${1:-}" ] || rm -rf "$work"
else
  diff -rq "$work/out-prod" "$work/out-dev" | head -20
  echo "production install: outputs differ (kept in $work)"
  exit 1
fi
