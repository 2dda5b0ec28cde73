#!/usr/bin/env bash
# npm run demo — from a fresh clone to a running portal with demo content:
# installs dependencies, migrates and seeds the database (embedded PGlite unless
# DATABASE_URL is set), builds for production and serves http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

# Sessions need a secret. A deployment sets AUTH_SECRET itself; the demo keeps one
# in .data so sign-ins survive a restart of the demo.
if [ -z "${AUTH_SECRET:-}" ]; then
  mkdir -p .data
  [ -s .data/auth-secret ] || node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64url"))' > .data/auth-secret
  AUTH_SECRET=$(cat .data/auth-secret)
  export AUTH_SECRET
fi

step "Migrating the database"
npm run --silent db:migrate

step "Seeding demo content"
seed_log=$(mktemp)
SEED_DEMO_CONTENT=true npm run --silent db:seed | tee "$seed_log"

step "Building the portal"
npm run --silent build

step "Starting Warta at http://localhost:${PORT:-3000}"
# The build output pushed the seed's sign-in list off screen: show it again.
sed -n '/^Demo sign-ins/,$p' "$seed_log"
rm -f "$seed_log"
echo "Staff sign-in: http://localhost:${PORT:-3000}/login"
PORT=${PORT:-3000} exec npm start --silent
