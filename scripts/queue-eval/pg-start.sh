#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (fsync=off) in a temp dir; prints its URL. Stop: pg-stop.sh
set -euo pipefail
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
PG_DIR="${PG_DIR:-/tmp/queue-eval-pg}"
PG_PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir -p "$PG_DIR"; [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=200 -c fsync=off" start >/dev/null
echo "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" > "$PG_DIR/url"
cat "$PG_DIR/url"
