#!/usr/bin/env bash
# Runs the three benches on one database. Usage: run-all.sh pg|pglite [libs...]
#  pg:     a throwaway PostgreSQL (pg-start.sh) — with-db.mjs --scratch makes a fresh database per bench
#  pglite: with-db.mjs --scratch with no DATABASE_URL — a fresh in-memory PGlite server per bench
# Environment: EVAL_PHASES=a,b,c,d  EVAL_REPEAT=n (phase a)  EVAL_A_ONLY=<label part>  EVAL_SCALE=x
#   GRAPHILE_NO_PREPARED=1 (graphile-worker with noPreparedStatements)  EVAL_LOG_SUFFIX=-name
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
MAIN="${COTIZA_MAIN:-/work/main}"
EVAL_DIR="${EVAL_DIR:-/work/queue-eval}"       # where graphile-worker/pg-boss are installed
target="$1"; shift
libs="${*:-ours graphile pgboss}"
export COTIZA_DATA_DIR="$EVAL_DIR/.data"          # with-db's generated secrets: not in /work/main
mkdir -p "$EVAL_DIR/results"
if [ "$target" = pg ]; then
  export DATABASE_URL="$(cat "${PG_DIR:-/tmp/queue-eval-pg}/url")"
else
  unset DATABASE_URL
fi
for lib in $libs; do
  suffix="${EVAL_LOG_SUFFIX:-}"
  if [ "$lib" = graphile ] && [ "${GRAPHILE_NO_PREPARED:-}" = 1 ]; then suffix="-noprepared$suffix"; fi
  log="$EVAL_DIR/results/$target-$lib$suffix.log"
  echo "== $lib on $target -> $log"
  if [ "$lib" = ours ]; then
    (cd "$MAIN" && node scripts/with-db.mjs --scratch -- \
      node_modules/.bin/tsx --import ./scripts/lib/as-server.mjs "$HERE/bench-ours.ts") >"$log" 2>&1
  else
    (cd "$EVAL_DIR" && node "$MAIN/scripts/with-db.mjs" --scratch -- node "$HERE/bench-$lib.mjs") >"$log" 2>&1
  fi
  grep '^RESULT' "$log" || tail -20 "$log"
done
