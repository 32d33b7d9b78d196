#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster: initdb in a temporary folder, listening
# on 127.0.0.1 at a free port (and a socket in that folder only), fsync off since nothing in it
# is worth keeping. CUSTODY_TEST_PG names the cluster's `postgres` database as its superuser.
# The cluster is stopped and its folder removed on exit, whatever the command did, and the
# command's exit status is this script's.
#
#   scripts/with-postgres.sh cargo test -p custody-hub
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh COMMAND [ARGS...]" >&2
  exit 2
fi

bindir=""
if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
  bindir="$(pg_config --bindir)"
else
  # Debian puts the server's programs beside each major version, outside PATH.
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ]; then bindir="$d"; break; fi
  done
fi
if [ -z "$bindir" ]; then
  echo "with-postgres: no PostgreSQL server found (no initdb under pg_config --bindir or /usr/lib/postgresql/*/bin); install it: apt-get install postgresql" >&2
  exit 1
fi

dir="$(mktemp -d -t custody-pg.XXXXXX)"
# PostgreSQL refuses to run as root: then the cluster belongs to the postgres user.
as_owner=()
if [ "$(id -u)" = 0 ]; then
  as_owner=(runuser -u postgres --)
  chown postgres "$dir"
  chmod 700 "$dir"
fi

# The server's programs run from inside the cluster's folder: the postgres user may not be
# allowed into the caller's working directory (CI's clone under /root), which they complain of.
pg() {
  (cd "$dir" && "${as_owner[@]}" "$@")
}

cleanup() {
  pg "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

# A free port: ask the kernel for one, then hand it to PostgreSQL (a race with another process
# is possible but harmless: pg_ctl then fails loudly).
if command -v python3 >/dev/null; then
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
else
  port=$((20000 + RANDOM % 30000))
fi

pg "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
  echo "with-postgres: initdb failed in $dir/data:" >&2
  cat "$dir/initdb.log" >&2
  exit 1
}
pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || {
  echo "with-postgres: the server did not start on 127.0.0.1:$port:" >&2
  cat "$dir/server.log" >&2
  exit 1
}

export CUSTODY_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
status=0
"$@" || status=$?
exit "$status"
