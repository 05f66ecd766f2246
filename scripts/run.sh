#!/usr/bin/env bash
# Installs what is missing, builds AuthScope and starts the console on its default database.
#   scripts/run.sh            the console on the per-user database
#   scripts/run.sh --demo     a fresh demo database filled with sample data first
#   scripts/run.sh -- ARGS    extra arguments for the console (e.g. -- --db /tmp/x.db --lang de)
set -euo pipefail
source "$(dirname "$0")/common.sh"

demo=0
app_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --demo) demo=1 ;;
        --) shift; app_args+=("$@"); break ;;
        -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) app_args+=("$1") ;;
    esac
    shift
done

no_display=0
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    no_display=1
    log "no display found: AuthScope will be built, but the window needs a screen (see the end)"
fi

install_missing_packages
build=${AUTHSCOPE_BUILD_DIR:-$AUTHSCOPE_ROOT/build}
configure_and_build "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAUTHSCOPE_BUILD_TESTS=OFF

gui=$build/app/gui/authscope
cli=$build/app/cli/authscope-cli

if [ "$demo" -eq 1 ]; then
    data_home=${XDG_DATA_HOME:-$HOME/.local/share}
    demo_db=$data_home/AuthScope/demo.db
    mkdir -p "$(dirname "$demo_db")"
    rm -f "$demo_db" "$demo_db-wal" "$demo_db-shm"
    log "filling a fresh demo database: $demo_db"
    "$cli" --db "$demo_db" demo
    app_args=(--db "$demo_db" "${app_args[@]}")
fi

if [ "$no_display" -eq 1 ]; then
    cat >&2 <<TXT
AuthScope is built, but this machine has no display (DISPLAY and WAYLAND_DISPLAY are empty).
Start a virtual screen and run it there:
    Xvfb :99 -screen 0 1600x1000x24 &          # Debian package: xvfb
    DISPLAY=:99 $0 ${demo:+$( [ "$demo" -eq 1 ] && echo --demo)}
Or use the command line, which needs no display:
    $cli --help
TXT
    exit 2
fi

log "starting $gui ${app_args[*]}"
exec "$gui" "${app_args[@]}"
