#!/usr/bin/env bash
# npm test — the whole suite: types, unit, integration and end-to-end tests.
#
# Integration tests use TEST_DATABASE_URL when set, the embedded PGlite otherwise, and
# Redis at TEST_REDIS_URL (default redis://127.0.0.1:6379, under a key prefix of their own).
# End-to-end tests drive a production build (next build + npm start) in Chromium
# and need a Postgres server, because the portal and the test fixtures both write to
# the database at once: TEST_DATABASE_URL, or else a throw-away database created on
# the local server (postgresql://postgres@127.0.0.1:5432) and dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

# The end-to-end suite runs the shipped edge cache (deploy/varnish) in front of the portal.
if ! command -v varnishd >/dev/null; then
  step "Installing the edge cache (Varnish) for the end-to-end tests"
  bash deploy/edge.sh install || {
    echo "The end-to-end tests need Varnish 7 with varnish-modules: apt-get install varnish varnish-modules" >&2
    exit 1
  }
fi

step "Type checking"
npm run --silent typecheck

step "Unit tests"
npx vitest run --project unit

if [ -n "${TEST_DATABASE_URL:-}" ]; then database="Postgres at TEST_DATABASE_URL"; else database="embedded PGlite"; fi
step "Integration tests ($database)"
npx vitest run --project integration

e2e_db=${TEST_DATABASE_URL:-}
created_db=""
cleanup() { [ -z "$created_db" ] || node scripts/throwaway-db.mjs drop "$created_db" >/dev/null 2>&1 || true; }
trap cleanup EXIT
if [ -z "$e2e_db" ]; then
  e2e_db=$(node scripts/throwaway-db.mjs create) || {
    echo "End-to-end tests need a Postgres server: set TEST_DATABASE_URL, or run one at 127.0.0.1:5432." >&2
    exit 1
  }
  created_db=$e2e_db
fi

step "Preparing the end-to-end database"
node scripts/throwaway-db.mjs reset "$e2e_db"
DATABASE_URL=$e2e_db npm run --silent db:migrate
DATABASE_URL=$e2e_db SEED_DEMO_CONTENT=true npm run --silent db:seed >/dev/null

step "Building for production"
npm run --silent build

step "Fault drills (the production build under SIGTERM, a killed and a locked Postgres)"
npm run --silent test:drills

step "End-to-end tests (Playwright, Chromium)"
DATABASE_URL=$e2e_db npm run --silent test:e2e

step "End-to-end tests on a WIB portal (SITE_TIME_ZONE=Asia/Jakarta)"
DATABASE_URL=$e2e_db npm run --silent test:e2e:wib

step "Multi-instance tests (two instances, Redis, the edge cache)"
command -v redis-server >/dev/null || {
  echo "The multi-instance tests start a redis-server of their own: apt-get install redis-server" >&2
  exit 1
}
DATABASE_URL=$e2e_db npm run --silent test:e2e:multi
