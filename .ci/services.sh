# Sourced by .ci/run (bash): what the task register's tests need besides Python packages.
# - Debian's postgresql and chromium (installed when missing; quiet, no recommends);
# - a throwaway PostgreSQL cluster on 127.0.0.1 and a free port, stopped and removed when the
#   sourcing shell exits; its URL is exported as NDQ57_TEST_PG (the register tests run on it
#   as well as on SQLite);
# - a line on stdout with the seconds the installs and the start took.
if [ "$(id -u)" != 0 ]; then
    echo "ci: not root: PostgreSQL not started (the register's PostgreSQL tests fail under CI, skip elsewhere)"
    return 0
fi
ci_t0=$(date +%s)
if ! dpkg -s postgresql chromium >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends postgresql chromium >/dev/null
fi
ci_t1=$(date +%s)
ci_pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
ci_pg_dir=$(mktemp -d /tmp/ndq57-pg.XXXXXX)
chown postgres: "$ci_pg_dir"
ci_pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
runuser -u postgres -- "$ci_pg_bin/initdb" -D "$ci_pg_dir/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
runuser -u postgres -- "$ci_pg_bin/pg_ctl" -D "$ci_pg_dir/data" -l "$ci_pg_dir/log" -w \
    -o "-p $ci_pg_port -k $ci_pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" \
    start >/dev/null
trap 'runuser -u postgres -- "$ci_pg_bin/pg_ctl" -D "$ci_pg_dir/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$ci_pg_dir"' EXIT
runuser -u postgres -- "$ci_pg_bin/createdb" -h 127.0.0.1 -p "$ci_pg_port" ndq57_test
export NDQ57_TEST_PG="postgresql://postgres@127.0.0.1:$ci_pg_port/ndq57_test"
echo "ci: postgresql and chromium: packages $((ci_t1 - ci_t0)) s, cluster started in $(($(date +%s) - ci_t1)) s"
