#!/usr/bin/env bash
# Installs what is missing, builds AuthScope with AddressSanitizer and UBSan, runs every test offscreen,
# then checks formatting and the desktop files. Exit 0 only when all of it passes. The storage-facing tests run
# twice, on SQLite and on PostgreSQL (tst_NAME_pg): a throwaway PostgreSQL cluster is started for the run in a
# temporary folder on a free loopback port and stopped at the end, whatever happens (see scripts/pg-cluster.sh).
#   scripts/test.sh [ctest args...]    e.g. scripts/test.sh -L unit, scripts/test.sh -L postgres
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/pg-cluster.sh"

install_missing_packages
build=${AUTHSCOPE_TEST_BUILD_DIR:-$AUTHSCOPE_ROOT/build-test}
start=$(date +%s)
# Shared engine libraries: one copy of the engine instead of one per test program (see AUTHSCOPE_SHARED_LIBS).
configure_and_build "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAUTHSCOPE_SANITIZE=ON -DAUTHSCOPE_BUILD_TESTS=ON \
    -DAUTHSCOPE_SHARED_LIBS=ON
log "build folder: $(du -sh "$build" 2>/dev/null | cut -f1); free on its disk: $(df -h --output=avail "$build" | tail -1 | tr -d ' ')"
log "build took $(( $(date +%s) - start )) s"

log "starting a throwaway PostgreSQL cluster"
trap pg_cluster_stop EXIT INT TERM
pg_cluster_start || die "cannot start the PostgreSQL test cluster (see above)"
log "PostgreSQL test cluster on 127.0.0.1:$PG_CLUSTER_PORT (as $PG_CLUSTER_USER, in $PG_CLUSTER_DIR)"

log "running the tests"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest_status=0
ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)" "$@" || ctest_status=$?
if [ "$ctest_status" -ne 0 ]; then
    # What a failed run needs to be understood afterwards: the disk, and what the PostgreSQL server said.
    log "ctest failed (exit $ctest_status); free disk: $(df -h --output=avail "$build" | tail -1 | tr -d ' ')"
    if [ -f "$PG_CLUSTER_DIR/log/server.log" ]; then
        log "the last lines of the PostgreSQL test cluster's log:"
        grep -E 'PANIC|FATAL|ERROR|LOG:  (server process|terminating|database system)' "$PG_CLUSTER_DIR/log/server.log" |
            grep -v 'password authentication failed\|does not exist' | tail -n 40 >&2 || true
    fi
    exit "$ctest_status"
fi

log "checking formatting (clang-format)"
cd "$AUTHSCOPE_ROOT"
mapfile -t sources < <(git ls-files --cached --others --exclude-standard -- 'app/*.cpp' 'app/*.h' 'core/*.cpp' \
    'core/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
clang-format --dry-run -Werror "${sources[@]}" || die "unformatted code: run clang-format -i on the files above"

if command -v desktop-file-validate >/dev/null; then
    log "validating the .desktop file"
    desktop-file-validate packaging/linux/*.desktop
fi
if command -v appstreamcli >/dev/null; then
    log "validating the AppStream metainfo"
    appstreamcli validate --no-net --pedantic packaging/linux/*.metainfo.xml || die "metainfo is not valid"
fi
if command -v man >/dev/null; then
    log "checking the man pages (man --warnings, as lintian does)"
    for page in packaging/linux/*.1; do
        warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
        [ -z "$warnings" ] || die "$page: $warnings"
    done
fi
bash -n packaging/linux/authscope-cli.bash-completion || die "the bash completion has a syntax error"
log "all tests passed in $(( $(date +%s) - start )) s"
