#!/usr/bin/env bash
# Builds the installable packages: a Release build in build-package/, then cpack. On Debian 12 that is
#   build-package/packages/authscope_<version>-<release>_amd64.deb      (dependencies from Debian's Qt 6 / OpenSSL)
#   build-package/packages/authscope-<version>-Linux-x86_64.tar.gz      (the installed tree: bin/, share/)
#   build-package/packages/authscope-<version>-<release>.x86_64.rpm     (when rpmbuild is installed)
# and prints their paths. Check the .deb with scripts/check-package.sh.
#   scripts/package.sh [cmake args...]      e.g. -DCMAKE_CXX_COMPILER=clang++
# AUTHSCOPE_PACKAGE_DIR overrides the build directory.
set -euo pipefail
source "$(dirname "$0")/common.sh"

case "${1:-}" in
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

# Packages must not inherit a restrictive umask (lintian: non-standard permissions).
umask 022
install_missing_packages
install_missing_packages "$AUTHSCOPE_ROOT/scripts/deps-package"

build=${AUTHSCOPE_PACKAGE_DIR:-$AUTHSCOPE_ROOT/build-package}
flags=()
if command -v dpkg-buildflags >/dev/null; then
    # Debian's hardening flags (stack protector, fortify, relro, bindnow), as a Debian build would use them;
    # without -g: the binaries are stripped and no debug package is made.
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
    cxxflags=$(printf '%s' "$cxxflags" | sed -e 's/\(^\| \)-g\( \|$\)/ /g' -e 's/-O2//')
    flags+=("-DCMAKE_CXX_FLAGS=$cxxflags" "-DCMAKE_EXE_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)")
fi
start=$(date +%s)
configure_and_build "$build" -DCMAKE_BUILD_TYPE=Release -DAUTHSCOPE_BUILD_TESTS=OFF -DAUTHSCOPE_SANITIZE=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr "${flags[@]}" "$@"
log "build took $(( $(date +%s) - start )) s"

out=$build/packages
rm -rf "$out"
log "running cpack"
(cd "$build" && cpack --config CPackConfig.cmake -B "$out") || die "cpack failed"
rm -rf "$out/_CPack_Packages"

mapfile -t artifacts < <(find "$out" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.rpm' -o -name '*.tar.gz' \
    -o -name '*.exe' -o -name '*.zip' -o -name '*.dmg' \) | sort)
[ ${#artifacts[@]} -gt 0 ] || die "cpack wrote no package"
log "packages:"
printf '%s\n' "${artifacts[@]}"
