#!/usr/bin/env bash
# Checks the .deb the way a user meets it: lintian first (no errors allowed), then a clean Debian 12 root made with
# debootstrap, where `apt-get install ./authscope_*.deb` must pull every dependency the package declares (only
# those: no recommends), both programs must start, the console must stay up offscreen, and the launcher, icons,
# man pages and completion must sit where desktops and shells look for them. Exit 0 only when all of it holds.
#   scripts/check-package.sh [PATH.deb]    default: the newest build-package/packages/authscope_*.deb
#                                          (built with scripts/package.sh first when there is none)
# Needs root (debootstrap, chroot, mounts) and Debian's mirrors. Takes a few minutes; the minbase root is cached
# as $TMPDIR/debian12-minbase.tar (delete it to start from a fresh debootstrap).
set -euo pipefail
source "$(dirname "$0")/common.sh"

case "${1:-}" in
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
[ "$(id -u)" -eq 0 ] || die "run as root: debootstrap, chroot and mount need it"

deb=${1:-}
if [ -z "$deb" ]; then
    deb=$(ls -t "$AUTHSCOPE_ROOT"/build-package/packages/authscope_*.deb 2>/dev/null | head -n 1 || true)
    if [ -z "$deb" ]; then
        log "no package yet: running scripts/package.sh"
        "$AUTHSCOPE_ROOT/scripts/package.sh"
        deb=$(ls -t "$AUTHSCOPE_ROOT"/build-package/packages/authscope_*.deb | head -n 1)
    fi
fi
[ -f "$deb" ] || die "no such package: $deb"
deb=$(readlink -f "$deb")
install_missing_packages "$AUTHSCOPE_ROOT/scripts/deps-package"

failures=0
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...: runs the command, reports
    local what=$1
    shift
    if "$@" >>"$logfile" 2>&1; then pass "$what"; else fail "$what"; fi
}

tmp=${TMPDIR:-/tmp}
logfile=$(mktemp "$tmp/check-package.XXXX.log")
log "checking $deb (details: $logfile)"

# --- the package itself -------------------------------------------------------------------------------------
log "package contents and control data"
dpkg-deb --info "$deb" >>"$logfile"
dpkg-deb --contents "$deb" >>"$logfile"
printf '  %s\n' "$(dpkg-deb --field "$deb" Package Version Architecture | paste -sd' ')"
printf '  Depends: %s\n' "$(dpkg-deb --field "$deb" Depends)"

log "lintian"
lintian_out=$(lintian --display-info --pedantic "$deb" 2>&1 || true)
printf '%s\n' "$lintian_out" >>"$logfile"
if printf '%s\n' "$lintian_out" | grep -q '^E: '; then
    printf '%s\n' "$lintian_out" | grep '^E: ' | sed 's/^/  /'
    fail "lintian reports errors"
else
    pass "lintian: no errors"
fi
printf '%s\n' "$lintian_out" | grep -E '^[WIP]: ' | sed 's/^/  /' || true

# --- a clean Debian 12 root ---------------------------------------------------------------------------------
base="$tmp/debian12-minbase.tar"
if [ ! -s "$base" ]; then
    log "making a Debian 12 minbase root with debootstrap (once; cached as $base)"
    stage=$(mktemp -d "$tmp/debootstrap.XXXX")
    debootstrap --variant=minbase bookworm "$stage" http://deb.debian.org/debian >>"$logfile" 2>&1 ||
        { rm -rf "$stage"; die "debootstrap failed (see $logfile)"; }
    tar -C "$stage" -cf "$base.part" . && mv "$base.part" "$base"
    rm -rf "$stage"
fi

root=$(mktemp -d "$tmp/check-package-root.XXXX")
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[i]}" 2>/dev/null || true
    done
    # Never delete through a mount that is still there.
    if grep -q " $root/" /proc/mounts; then
        echo "warning: mounts left under $root; not deleting it" >&2
    else
        rm -rf "$root"
    fi
}
trap cleanup EXIT
tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The updates and security suites, as on any installed Debian 12.
cat >"$root/etc/apt/sources.list" <<'SOURCES'
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --bind /dev "$root/dev" && mounted+=("$root/dev")
mount --bind /dev/pts "$root/dev/pts" && mounted+=("$root/dev/pts")
mount -t sysfs sysfs "$root/sys" && mounted+=("$root/sys")
cp "$deb" "$root/tmp/"
debname=$(basename "$deb")

in_root() { # in_root COMMAND: runs a shell command in the root as root, with a clean environment
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive bash -c "$1"
}

log "installing $debname into a clean Debian 12 root (apt-get install, no recommends)"
in_root 'apt-get update -qq' >>"$logfile" 2>&1 || die "apt-get update failed in the root (see $logfile)"
if in_root "apt-get install -y -q --no-install-recommends /tmp/$debname" >>"$logfile" 2>&1; then
    pass "apt-get install ./$debname pulled its dependencies"
else
    fail "apt-get install ./$debname"
    tail -n 20 "$logfile" | sed 's/^/  | /'
    exit 1
fi
check "dpkg sees authscope installed" in_root 'dpkg-query -W -f="\${Status}" authscope | grep -q "install ok installed"'

# --- both programs start ------------------------------------------------------------------------------------
log "running the programs"
check "authscope-cli --version" in_root 'authscope-cli --version'
check "authscope --version" in_root 'authscope --version'
check "authscope-cli --help lists the commands" in_root 'authscope-cli --help | grep -q "^Commands:"'
check "authscope-cli --db /tmp/x.db demo" in_root 'authscope-cli --db /tmp/x.db demo'
check "authscope-cli --db /tmp/x.db audit verify" in_root 'authscope-cli --db /tmp/x.db audit verify'
check "authscope-cli --db /tmp/x.db audit list --limit 5" in_root \
    'authscope-cli --db /tmp/x.db audit list --limit 5 | grep -q .'
check "authscope-cli verify (JOSE, OpenSSL)" in_root '
    cd /tmp && authscope-cli keygen --kty EC --crv P-256 --kid k1 > k.jwk &&
    echo "{\"sub\":\"alice\",\"exp\":4102444800}" | authscope-cli sign --key k.jwk --alg ES256 - > t.jwt &&
    authscope-cli verify --key k.jwk - < t.jwt'
# The console must stay up until timeout ends it (exit 124): the SQLite driver, the platform plugin and the
# window all loaded.
gui_check() {
    local rc=0
    in_root 'QT_QPA_PLATFORM=offscreen HOME=/root timeout 5 authscope --db /tmp/x.db' || rc=$?
    echo "authscope exited with $rc after 5 s (124: still running, as wanted)"
    [ "$rc" -eq 124 ]
}
check "QT_QPA_PLATFORM=offscreen authscope --db /tmp/x.db stays up for 5 s" gui_check
# The plugins a desktop session loads: every library they need must resolve.
for plugin in platforms/libqxcb.so sqldrivers/libqsqlite.so iconengines/libqsvgicon.so imageformats/libqsvg.so; do
    check "Qt plugin $plugin installed with its libraries" in_root "
        f=/usr/lib/x86_64-linux-gnu/qt6/plugins/$plugin
        test -f \$f && ! ldd \$f | grep 'not found'"
done
check "no library of authscope or authscope-cli is missing" in_root \
    '! ldd /usr/bin/authscope /usr/bin/authscope-cli | grep "not found"'

# --- desktop integration --------------------------------------------------------------------------------------
log "desktop integration"
id=org.authscope.AuthScope
expect_file() { check "$1" test -s "$root$1"; }
expect_file /usr/share/applications/$id.desktop
expect_file /usr/share/metainfo/$id.metainfo.xml
expect_file /usr/share/icons/hicolor/scalable/apps/$id.svg
for size in 16 22 24 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    check "$png is ${size}x${size}" bash -c "file '$root$png' | grep -q 'PNG image data, $size x $size'"
done
expect_file /usr/share/man/man1/authscope-cli.1.gz
expect_file /usr/share/man/man1/authscope.1.gz
expect_file /usr/share/bash-completion/completions/authscope-cli
expect_file /usr/share/doc/authscope/copyright
expect_file /usr/share/doc/authscope/changelog.Debian.gz
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/usr/share/applications/$id.desktop" 2>/dev/null || true)
check "the launcher's Exec=${exec_name} is on PATH" in_root "test -n '$exec_name' && command -v '$exec_name'"
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/$id.desktop"
fi
if command -v appstreamcli >/dev/null; then
    check "appstreamcli validate" appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"
fi
check "the man page renders" in_root 'zcat /usr/share/man/man1/authscope-cli.1.gz | grep -q "^\.SH EXIT STATUS"'
check "bash completes authscope-cli's commands" in_root '
    source /usr/share/bash-completion/completions/authscope-cli
    COMP_WORDS=(authscope-cli ""); COMP_CWORD=1; _authscope_cli
    printf "%s\n" "${COMPREPLY[@]}" | grep -qx keys &&
    COMP_WORDS=(authscope-cli keys rotate --); COMP_CWORD=3; _authscope_cli
    printf "%s\n" "${COMPREPLY[@]}" | grep -qx -- --dry-run'

# --- and it leaves cleanly -------------------------------------------------------------------------------------
log "removing the package"
check "apt-get purge authscope" in_root 'apt-get purge -y -q authscope'
check "no file of the package is left" bash -c "
    ! ls '$root/usr/bin/authscope' '$root/usr/bin/authscope-cli' '$root/usr/share/applications/$id.desktop' \
        '$root/usr/share/doc/authscope' 2>/dev/null | grep -q ."

if [ "$failures" -gt 0 ]; then
    printf 'check-package: %d check(s) failed for %s (details: %s)\n' "$failures" "$debname" "$logfile"
    exit 1
fi
printf 'check-package: %s passed every check (details: %s)\n' "$debname" "$logfile"
