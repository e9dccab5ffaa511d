#!/usr/bin/env bash
# Test of .ci/pg.sh (issue 15 item 6): run from a folder the postgres user
# cannot read, pg_setup gives a working CHRONICLE_TEST_POSTGRES without
# "could not change directory" on stderr, and the EXIT trap stops the server
# it started. Needs root and PostgreSQL with its cluster down (else it
# skips: it must not stop a server someone else runs).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" -ne 0 ] || ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "SKIP: needs root and PostgreSQL"; exit 0
fi
status() { (cd / && pg_lsclusters -h | awk 'NR==1{print $4}'); }
if [ "$(status)" != "down" ]; then
  echo "SKIP: the PostgreSQL cluster is running (not ours to stop)"; exit 0
fi
dir=$(mktemp -d)            # 0700, owned by root: postgres cannot enter it
trap 'rm -rf "$dir"' EXIT
cd "$dir"
err=$dir/stderr
env -u CHRONICLE_TEST_POSTGRES bash -c '
  set -euo pipefail
  . "$1/.ci/pg.sh"
  trap pg_teardown EXIT
  pg_setup
  [ -n "${CHRONICLE_TEST_POSTGRES:-}" ] || { echo "FAIL: CHRONICLE_TEST_POSTGRES not set" >&2; exit 1; }
  (cd / && psql "$CHRONICLE_TEST_POSTGRES" -qAtc "SELECT 1") | grep -qx 1
' _ "$repo" 2>"$err" >/dev/null || { cat "$err"; echo "FAIL: pg_setup did not give a working database"; exit 1; }
fail=0
if grep -q "could not change directory" "$err"; then
  cat "$err"; echo "FAIL: a postgres command ran from a folder it cannot read"; fail=1
fi
if [ "$(status)" != "down" ]; then
  echo "FAIL: the server started by pg_setup is still running ($(status))"; fail=1
  (cd / && pg_ctlcluster "$(pg_lsclusters -h | awk 'NR==1{print $1}')" "$(pg_lsclusters -h | awk 'NR==1{print $2}')" stop) || true
fi
[ "$fail" -eq 0 ] && echo "PASS"
exit "$fail"
