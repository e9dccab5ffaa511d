# Sourced by .ci/run (bash): PostgreSQL for the store tests.
#
# pg_setup installs Debian's PostgreSQL if need be (root or sudo), starts
# the first cluster if it is down, creates the role and database the tests
# use and exports CHRONICLE_TEST_POSTGRES. pg_teardown stops the cluster if
# and only if pg_setup started it (a server someone else runs is left
# alone); .ci/run calls it from an EXIT trap.
#
# Every command run as the postgres user runs from / : psql and the
# pg_ctlcluster scripts start in the caller's working directory, and a
# checkout the postgres user cannot read (under /root, say) made them print
# "could not change directory to ...: Permission denied".

pg_started=""

pg_sudo() {
  SUDO=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
}

# pgsql ARGS...: psql -qAt as the postgres user, from /.
pgsql() {
  if [ -n "$SUDO" ]; then
    (cd / && $SUDO -u postgres psql -qAt "$@")
  else
    (cd / && su postgres -c "psql -qAt $(printf '%q ' "$@")")
  fi
}

pg_setup() {
  [ -z "${CHRONICLE_TEST_POSTGRES:-}" ] || return 0
  pg_sudo
  if [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
    echo "== postgresql not available (no root or sudo): store tests run on SQLite only"
    return 0
  fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "== installing postgresql (for the corpus store tests)"
    { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null; } || echo "(postgresql could not be installed: its tests will skip)"
  fi
  if command -v pg_lsclusters >/dev/null 2>&1; then
    local ver name status
    read -r ver name _ status _ < <(cd / && pg_lsclusters -h 2>/dev/null | head -n 1)
    if [ -n "${ver:-}" ]; then
      if [ "$status" != "online" ]; then
        # pg_ctlcluster can report a failure for a server that did start
        # (it reads the log): ask pg_lsclusters instead.
        (cd / && $SUDO pg_ctlcluster "$ver" "$name" start) || true
        if (cd / && pg_lsclusters -h "$ver" "$name" 2>/dev/null) | awk '{print $4}' | grep -qx online; then
          pg_started="$ver $name"
        fi
      fi
      if pgsql -c "SELECT 1" >/dev/null; then
        pgsql -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='chronicle') THEN CREATE ROLE chronicle LOGIN PASSWORD 'chronicle'; END IF; END\$\$;" >/dev/null
        pgsql -c "SELECT 1 FROM pg_database WHERE datname='chronicle_test'" | grep -q 1 || pgsql -c "CREATE DATABASE chronicle_test OWNER chronicle" >/dev/null
        export CHRONICLE_TEST_POSTGRES="postgres://chronicle:chronicle@localhost:5432/chronicle_test?sslmode=disable"
        echo "== postgresql $ver/$name running${pg_started:+ (started here, stopped at exit)}: store tests run on SQLite and PostgreSQL"
      fi
    fi
  fi
  [ -n "${CHRONICLE_TEST_POSTGRES:-}" ] || echo "== postgresql not available: store tests run on SQLite only"
}

pg_teardown() {
  [ -n "$pg_started" ] || return 0
  local ver name
  read -r ver name <<<"$pg_started"
  pg_started=""
  echo "== stopping postgresql $ver/$name (started by this run)"
  (cd / && $SUDO pg_ctlcluster "$ver" "$name" stop) || echo "(could not stop postgresql $ver/$name)"
}
