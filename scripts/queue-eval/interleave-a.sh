#!/usr/bin/env bash
# Throughput (a) only, interleaved: round r runs every library once on each database, so that the
# load other work puts on the shared 2-core machine falls on all of them alike.
HERE="$(cd "$(dirname "$0")" && pwd)"
export EVAL_PHASES=a
for r in ${ROUNDS:-1 2 3}; do
  for t in pg pglite; do
    EVAL_LOG_SUFFIX="-a-r$r" "$HERE/run-all.sh" $t ours graphile
    GRAPHILE_NO_PREPARED=1 EVAL_LOG_SUFFIX="-a-r$r" "$HERE/run-all.sh" $t graphile
    EVAL_A_ONLY=tuned EVAL_LOG_SUFFIX="-a-r$r" "$HERE/run-all.sh" $t pgboss
  done
done
