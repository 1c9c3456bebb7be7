# Starts a throwaway MariaDB server on a free loopback port for the tests.
# Source it, call start_test_mariadb; it exports ORPHANSCOPE_TEST_MYSQL_URL. stop_test_mariadb
# stops it. Password authentication over TCP, utf8mb4, as a production server would have it.

start_test_mariadb() {
  local install server
  install=$(command -v mariadb-install-db || command -v mysql_install_db || true)
  server=$(command -v mariadbd || ls /usr/sbin/mariadbd 2>/dev/null || true)
  [[ -n $install && -x $server ]] || { echo "error: MariaDB server binaries not found (apt-get install mariadb-server)" >&2; return 1; }
  MARIADB_TEST_DIR=$(mktemp -d /tmp/orphanscope-mariadb.XXXXXX)
  local port user=()
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if [[ $(id -u) -eq 0 ]]; then
    chown mysql: "$MARIADB_TEST_DIR"
    user=(--user=mysql)
  fi
  "$install" --no-defaults "${user[@]}" --datadir="$MARIADB_TEST_DIR/data" --auth-root-authentication-method=normal \
      --skip-test-db >"$MARIADB_TEST_DIR/install.log" 2>&1 || { cat "$MARIADB_TEST_DIR/install.log" >&2; return 1; }
  "$server" --no-defaults "${user[@]}" --datadir="$MARIADB_TEST_DIR/data" --socket="$MARIADB_TEST_DIR/socket" \
      --port="$port" --bind-address=127.0.0.1 --pid-file="$MARIADB_TEST_DIR/pid" --skip-name-resolve \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_bin --log-error="$MARIADB_TEST_DIR/server.log" &
  MARIADB_TEST_PID=$!
  local client
  client=$(command -v mariadb || command -v mysql)
  for _ in $(seq 100); do
    "$client" --no-defaults -S "$MARIADB_TEST_DIR/socket" -u root -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.1
  done
  "$client" --no-defaults -S "$MARIADB_TEST_DIR/socket" -u root <<SQL || { cat "$MARIADB_TEST_DIR/server.log" >&2; return 1; }
CREATE DATABASE orphanscope_test CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER 'orphanscope'@'127.0.0.1' IDENTIFIED BY 'orphanscope-test';
GRANT ALL ON orphanscope_test.* TO 'orphanscope'@'127.0.0.1';
SQL
  export ORPHANSCOPE_TEST_MYSQL_URL="mysql://orphanscope:orphanscope-test@127.0.0.1:$port/orphanscope_test"
  echo "MariaDB test server on 127.0.0.1:$port"
}

stop_test_mariadb() {
  if [[ -n ${MARIADB_TEST_DIR:-} ]]; then
    kill "$MARIADB_TEST_PID" 2>/dev/null || true
    wait "$MARIADB_TEST_PID" 2>/dev/null || true
    rm -rf "$MARIADB_TEST_DIR"
    MARIADB_TEST_DIR=
  fi
}
