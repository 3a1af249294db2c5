#!/usr/bin/env bash
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
PG_DIR="${PG_DIR:-/tmp/queue-eval-pg}"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop; rm -rf "$PG_DIR"
