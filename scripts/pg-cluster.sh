# A throwaway PostgreSQL 15 cluster for the tests, sourced by scripts/test.sh (and usable by hand:
#   source scripts/pg-cluster.sh && pg_cluster_start && echo "$AUTHSCOPE_TEST_PG_URL" ... pg_cluster_stop).
# initdb + pg_ctl in a temporary folder, listening on a free port on 127.0.0.1 only, as an unprivileged user
# (PostgreSQL refuses to run as root, and CI runs as root: then the cluster runs as the `postgres` system user,
# or as `authscope-test`, created on first use). Password authentication (scram) for TCP, with the password in a
# pgpass file that only this user reads: the tests use libpq's own PGPASSFILE like a real deployment.
# shellcheck shell=bash

pg_cluster_bindir() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

# Who runs the server: ourselves when not root, else an unprivileged system user.
pg_cluster_user() {
    if [ "$(id -u)" -ne 0 ]; then
        id -un
        return 0
    fi
    if id postgres >/dev/null 2>&1; then
        echo postgres
        return 0
    fi
    if ! id authscope-test >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin authscope-test >/dev/null 2>&1 ||
            { echo "cannot create the system user authscope-test" >&2; return 1; }
    fi
    echo authscope-test
}

pg_cluster_as() {
    local user=$1
    shift
    if [ "$(id -un)" = "$user" ]; then
        "$@"
    elif command -v runuser >/dev/null; then
        runuser -u "$user" -- "$@"
    else
        su -s /bin/sh "$user" -c "$(printf '%q ' "$@")"
    fi
}

pg_cluster_free_port() {
    local port tries=0
    while [ $tries -lt 50 ]; do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
        tries=$(( tries + 1 ))
    done
    return 1
}

# Starts the cluster and exports AUTHSCOPE_TEST_PG_URL (the maintenance database; each test creates its own
# database there) and PGPASSFILE.
pg_cluster_start() {
    local bindir user port password
    bindir=$(pg_cluster_bindir) || { echo "PostgreSQL server binaries not found (Debian: postgresql)" >&2; return 1; }
    user=$(pg_cluster_user) || return 1
    PG_CLUSTER_USER=$user
    PG_CLUSTER_BINDIR=$bindir
    PG_CLUSTER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/authscope-pg.XXXXXX")
    chmod 755 "$PG_CLUSTER_DIR"
    mkdir -p "$PG_CLUSTER_DIR/data" "$PG_CLUSTER_DIR/socket" "$PG_CLUSTER_DIR/log"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$PG_CLUSTER_DIR/pwfile"
    chown -R "$user" "$PG_CLUSTER_DIR/data" "$PG_CLUSTER_DIR/socket" "$PG_CLUSTER_DIR/log" "$PG_CLUSTER_DIR/pwfile" 2>/dev/null || true
    chmod 600 "$PG_CLUSTER_DIR/pwfile"
    pg_cluster_as "$user" "$bindir/initdb" -D "$PG_CLUSTER_DIR/data" -U authscope --pwfile="$PG_CLUSTER_DIR/pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_CLUSTER_DIR/initdb.log" 2>&1 ||
        { cat "$PG_CLUSTER_DIR/initdb.log" >&2; return 1; }
    rm -f "$PG_CLUSTER_DIR/pwfile"
    local attempt
    for attempt in 1 2 3 4 5; do
        port=$(pg_cluster_free_port) || return 1
        # A throwaway cluster: no fsync (the data dies with the run), enough connections for parallel tests. A
        # benchmark passes its own settings in PG_CLUSTER_SETTINGS (durable ones, and auto_explain).
        local settings=${PG_CLUSTER_SETTINGS:-"-c fsync=off -c full_page_writes=off -c synchronous_commit=off"}
        if pg_cluster_as "$user" "$bindir/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/log/server.log" -w -t 30 \
            -o "-p $port -c listen_addresses=127.0.0.1 -k $PG_CLUSTER_DIR/socket $settings \
-c max_connections=300 -c shared_buffers=128MB" start >/dev/null 2>&1; then
            PG_CLUSTER_PORT=$port
            break
        fi
    done
    [ -n "${PG_CLUSTER_PORT:-}" ] || { cat "$PG_CLUSTER_DIR/log/server.log" >&2; return 1; }
    printf '127.0.0.1:%s:*:authscope:%s\n' "$PG_CLUSTER_PORT" "$password" > "$PG_CLUSTER_DIR/pgpass"
    chmod 600 "$PG_CLUSTER_DIR/pgpass"
    export PGPASSFILE=$PG_CLUSTER_DIR/pgpass
    export AUTHSCOPE_TEST_PG_URL="postgresql://authscope@127.0.0.1:$PG_CLUSTER_PORT/postgres"
    export PG_CLUSTER_DIR PG_CLUSTER_USER PG_CLUSTER_BINDIR PG_CLUSTER_PORT
}

# Stops the cluster and removes its folder (safe to call twice, and when the start failed half-way).
pg_cluster_stop() {
    [ -n "${PG_CLUSTER_DIR:-}" ] && [ -d "$PG_CLUSTER_DIR" ] || return 0
    if [ -f "$PG_CLUSTER_DIR/data/postmaster.pid" ]; then
        pg_cluster_as "$PG_CLUSTER_USER" "$PG_CLUSTER_BINDIR/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_CLUSTER_DIR"
    unset PG_CLUSTER_DIR AUTHSCOPE_TEST_PG_URL PGPASSFILE
}
