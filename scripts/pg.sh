#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the PostgreSQL test lane.
#
# There is no Docker engine on our machines, so no Testcontainers: we run Debian's own
# PostgreSQL binaries on a fresh data directory instead. The cluster lives in a temp dir,
# listens only on 127.0.0.1, and is deleted when it stops.
#
# Two ways to use it:
#   source scripts/pg.sh; pg_start; ...; pg_stop   (what scripts/test.sh does)
#   bash scripts/pg.sh                             (a cluster for running `dotnet test` from an
#                                                   IDE; prints the connection string, Ctrl-C stops it)
#
# pg_start exports:
#   CASEWORK_TEST_POSTGRES  Npgsql connection string for role `casework` (CREATEDB), db `postgres`
#   CASEWORK_PG_PORT, CASEWORK_PG_DIR   where the cluster is (for psql, logs, debugging)

# The role the tests log in as. It may create databases (one per test class/run) but is
# not a superuser, as the app would not be in production.
CASEWORK_PG_USER=casework
CASEWORK_PG_PASSWORD=casework

# Run a command as the `postgres` OS user: the server refuses to run as root. When the
# script itself is not root (a developer's own account), that account is fine as it is.
_pg_as_owner() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Debian installs server binaries per major version, off PATH; take the newest.
_pg_bindir() {
  local dir
  dir=$(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [[ -x $dir/initdb && -x $dir/pg_ctl ]] || return 1
  echo "$dir"
}

# True if something already accepts connections on 127.0.0.1:$1 (bash's /dev/tcp: no extra tools).
_pg_port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_start() {
  local bindir port _
  bindir=$(_pg_bindir) || { echo "pg.sh: no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2; return 1; }

  CASEWORK_PG_DIR=$(mktemp -d /tmp/casework-pg.XXXXXX)
  # The server checks that its data dir belongs to the user it runs as.
  [[ $EUID -eq 0 ]] && chown postgres:postgres "$CASEWORK_PG_DIR"

  # Peer auth on the socket (only the owner, to create the role); passwords on loopback TCP,
  # as the app's connection string would use in production.
  (cd "$CASEWORK_PG_DIR" && _pg_as_owner "$bindir/initdb" -D "$CASEWORK_PG_DIR/data" \
      --auth-local=peer --auth-host=scram-sha-256 -U postgres --encoding=UTF8 --locale=C.UTF-8 \
      >"$CASEWORK_PG_DIR/initdb.log" 2>&1) || {
    echo "pg.sh: initdb failed:" >&2; cat "$CASEWORK_PG_DIR/initdb.log" >&2; return 1; }

  # Another run (or a developer's own server) may hold a port: try a few, starting at 55432.
  # Re-checking after a failed start covers the race where another run takes the port between
  # our check and our start.
  port=${CASEWORK_PG_PORT_BASE:-55432}
  local started=no
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    # fsync off etc.: the cluster is thrown away, and tests create many databases, which
    # is slow with durable writes. max_connections: one Npgsql pool per test database.
    if ! _pg_port_busy "$port" &&
       (cd "$CASEWORK_PG_DIR" && _pg_as_owner "$bindir/pg_ctl" -D "$CASEWORK_PG_DIR/data" \
          -l "$CASEWORK_PG_DIR/postgres.log" -w -t 60 start -o \
          "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$CASEWORK_PG_DIR \
           -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
          >/dev/null 2>&1); then
      started=yes
      break
    fi
    port=$((port + 1))
  done
  if [[ $started != yes ]]; then
    echo "pg.sh: PostgreSQL did not start (tried 10 ports from ${CASEWORK_PG_PORT_BASE:-55432}). Server log:" >&2
    tail -n 30 "$CASEWORK_PG_DIR/postgres.log" >&2 2>/dev/null
    return 1
  fi
  CASEWORK_PG_PORT=$port

  _pg_as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$CASEWORK_PG_DIR" -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE $CASEWORK_PG_USER LOGIN CREATEDB PASSWORD '$CASEWORK_PG_PASSWORD';" || {
    echo "pg.sh: could not create role $CASEWORK_PG_USER" >&2; return 1; }

  export CASEWORK_PG_DIR CASEWORK_PG_PORT
  export CASEWORK_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$CASEWORK_PG_USER;Password=$CASEWORK_PG_PASSWORD;Database=postgres"
}

# Stop the cluster and delete its directory. Safe to call twice, or when pg_start failed halfway.
# $1: optional file to keep the server log in (for CI artefacts).
pg_stop() {
  local bindir
  [[ -n ${CASEWORK_PG_DIR:-} && -d $CASEWORK_PG_DIR ]] || return 0
  if bindir=$(_pg_bindir) && [[ -f $CASEWORK_PG_DIR/data/postmaster.pid ]]; then
    # Immediate mode: nothing to keep, and tests may leave idle pooled connections open.
    (cd "$CASEWORK_PG_DIR" && _pg_as_owner "$bindir/pg_ctl" -D "$CASEWORK_PG_DIR/data" -m immediate -w stop) >/dev/null 2>&1
  fi
  [[ -n ${1:-} && -f $CASEWORK_PG_DIR/postgres.log ]] && cp "$CASEWORK_PG_DIR/postgres.log" "$1" 2>/dev/null
  rm -rf "$CASEWORK_PG_DIR"
  unset CASEWORK_PG_DIR
}

# Run directly: start a cluster and keep it until interrupted.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  sleeper=""
  trap '[[ -n $sleeper ]] && kill "$sleeper" 2>/dev/null; pg_stop' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  pg_start
  echo "PostgreSQL on 127.0.0.1:$CASEWORK_PG_PORT (data in $CASEWORK_PG_DIR). In another shell:"
  echo "  export CASEWORK_TEST_POSTGRES=\"$CASEWORK_TEST_POSTGRES\""
  echo "Ctrl-C stops it and deletes the cluster."
  # `wait` rather than a foreground sleep: bash runs the INT/TERM traps only between commands.
  sleep infinity &
  sleeper=$!
  wait "$sleeper"
fi
