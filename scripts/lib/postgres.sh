# Starts a throwaway PostgreSQL cluster on a free loopback port for the tests.
# Source it, call start_test_postgres; it exports ORPHANSCOPE_TEST_DATABASE_URL and stops the
# server on exit. Password authentication over TCP, as a production server would have it.

start_test_postgres() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -x $bindir/initdb ]] || { echo "error: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; return 1; }
  PG_TEST_DIR=$(mktemp -d /tmp/orphanscope-pg.XXXXXX)
  local port run=()
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$PG_TEST_DIR"
    run=(runuser -u postgres --)
  fi
  echo "orphanscope-test-superuser" > "$PG_TEST_DIR/pwfile"
  "${run[@]}" "$bindir/initdb" -D "$PG_TEST_DIR/data" -U postgres --pwfile="$PG_TEST_DIR/pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  "${run[@]}" "$bindir/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
      -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  PG_TEST_CTL=("${run[@]}" "$bindir/pg_ctl" -D "$PG_TEST_DIR/data")
  "${run[@]}" psql -q -h "$PG_TEST_DIR" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL >/dev/null
CREATE ROLE orphanscope LOGIN PASSWORD 'orphanscope-test';
CREATE DATABASE orphanscope_test OWNER orphanscope;
SQL
  export ORPHANSCOPE_TEST_DATABASE_URL="postgres://orphanscope:orphanscope-test@127.0.0.1:$port/orphanscope_test"
  echo "PostgreSQL test server on 127.0.0.1:$port"
}

stop_test_postgres() {
  if [[ -n ${PG_TEST_DIR:-} ]]; then
    "${PG_TEST_CTL[@]}" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
    PG_TEST_DIR=
  fi
}
