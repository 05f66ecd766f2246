#!/usr/bin/env bash
# The Sessions page's queries at scale on PostgreSQL, measured against psql running the same kind of query on the
# same table in the same run:
#   seed N sessions (COPY into a staging table, one move into sessions, indexes rebuilt), the first page of
#   `sessions list`, the exact counts of `sessions stats`;
# and the plans PostgreSQL chose for AuthScope's own statements (auto_explain, EXPLAIN ANALYZE).
# A throwaway cluster with PostgreSQL's durable defaults (fsync on) is started on a free loopback port and stopped
# at the end.  Use a Release build (scripts/run.sh builds one in build/).
#   scripts/bench-pg-sessions.sh [--count N] [--cli PATH]
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/pg-cluster.sh"

count=1000000
cli="$AUTHSCOPE_ROOT/build/app/cli/authscope-cli"
while [ $# -gt 0 ]; do
    case "$1" in
        --count) count=$2; shift 2 ;;
        --cli) cli=$2; shift 2 ;;
        *) die "unknown option $1 (use --count N, --cli PATH)" ;;
    esac
done
[ -x "$cli" ] || die "no authscope-cli at $cli (build with scripts/run.sh, or pass --cli)"
command -v psql >/dev/null || die "psql not found (Debian: postgresql-client)"

export PG_CLUSTER_SETTINGS="-c shared_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 \
-c auto_explain.log_analyze=on -c auto_explain.log_buffers=on -c auto_explain.log_timing=on"
trap pg_cluster_stop EXIT INT TERM
pg_cluster_start || die "cannot start a PostgreSQL cluster"
url="postgresql://authscope@127.0.0.1:$PG_CLUSTER_PORT/bench"
psql -q -h 127.0.0.1 -p "$PG_CLUSTER_PORT" -U authscope -d postgres -c "CREATE DATABASE bench" >/dev/null
log "PostgreSQL $(psql -At -h 127.0.0.1 -p "$PG_CLUSTER_PORT" -U authscope -d bench -c 'SHOW server_version') \
on 127.0.0.1:$PG_CLUSTER_PORT, durable settings (fsync on)"

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
psql_ms() {
    # psql's own \timing: the server's work plus one round trip, without a process start.
    psql -h 127.0.0.1 -p "$PG_CLUSTER_PORT" -U authscope -d bench -At -c '\timing on' -c "$1" |
        sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1
}

log "seeding $count sessions"
seed_start=$(date +%s%N)
seed_line=$("$cli" --db "$url" sessions seed --count "$count" --quiet)
seed_ms=$(( ($(date +%s%N) - seed_start) / 1000000 ))
log "$seed_line"
rows=$(psql -At -h 127.0.0.1 -p "$PG_CLUSTER_PORT" -U authscope -d bench -c "SELECT count(*) FROM sessions")
[ "$rows" = "$count" ] || die "seeded $rows rows, expected $count"
start_ms=$(ms "$cli" --db "$url" --version)

best() { local b=999999 t; for _ in 1 2 3 4 5; do t=$("$@"); [ "${t%.*}" -lt "${b%.*}" ] && b=$t; done; echo "$b"; }
list_ms=$(best ms "$cli" --db "$url" sessions list --limit 50)
stats_ms=$(best ms "$cli" --db "$url" sessions stats)
now=$(( $(date +%s) * 1000 ))
raw_page=$(best psql_ms "SELECT s.id, s.user_id, s.last_seen_ms, s.ip FROM sessions s WHERE s.revoked_ms IS NULL AND \
s.expires_ms > $now ORDER BY s.last_seen_ms DESC, s.id DESC LIMIT 50")
raw_count=$(best psql_ms "SELECT count(*) FROM sessions WHERE revoked_ms IS NULL AND expires_ms > $now")

printf '\n%-52s %12s\n' "OPERATION ($count sessions)" "MS"
printf '%-52s %12s\n' "authscope-cli sessions seed (staged COPY, indexes rebuilt)" "$seed_ms"
printf '%-52s %12s\n' "authscope-cli process start + connect (--version)" "$start_ms"
printf '%-52s %12s\n' "authscope-cli sessions list --limit 50 (best of 5)" "$list_ms"
printf '%-52s %12s\n' "authscope-cli sessions stats (exact counts, best of 5)" "$stats_ms"
printf '%-52s %12s\n' "psql baseline: first page of live sessions" "$raw_page"
printf '%-52s %12s\n' "psql baseline: exact count of live sessions" "$raw_count"
echo
echo "Process start and connection are part of the CLI rows; the console pays them once. The plans of AuthScope's"
echo "own statements for list and stats (auto_explain, EXPLAIN ANALYZE):"
# Each logged plan starts at a "LOG:  duration:" line; keep the ones of statements that read the sessions table
# without writing it (the list and stats queries, which QPSQL prepares; psql's baselines are not), skipping the seeding.
awk '/LOG:  duration:/ { if (keep) print block; block = $0; keep = 0; next }
     { block = block "\n" $0 }
     /Query Text: PREPARE [a-z0-9_]+ AS SELECT/ && /sessions/ && !/pg_catalog|change_log|authscope_schema/ { keep = 1 }
     END { if (keep) print block }' "$PG_CLUSTER_DIR/log/server.log" | tail -n 120
