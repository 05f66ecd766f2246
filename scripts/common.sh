# Shared by run.sh and test.sh: install missing Debian packages, configure and build.
# shellcheck shell=bash

AUTHSCOPE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Reads scripts/deps (or the file given) and installs what dpkg does not have yet.
install_missing_packages() {
    local list=${1:-$AUTHSCOPE_ROOT/scripts/deps}
    local wanted missing=()
    mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$list" | grep -v '^$')
    for pkg in "${wanted[@]}"; do
        # "PKG:command": a PKG command on the PATH is enough (npm comes bundled with nodesource's nodejs).
        if [[ $pkg == *:command ]]; then
            pkg=${pkg%:command}
            command -v "$pkg" >/dev/null && continue
        fi
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "installing ${#missing[@]} missing package(s): ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "not root and no sudo: install these packages first: ${missing[*]}"
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq || die "apt-get update failed"
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
        die "apt-get install failed for: ${missing[*]}"
}

# configure_and_build BUILD_DIR [cmake args...]
configure_and_build() {
    local dir=$1
    shift
    local generator=() launcher=()
    if command -v ninja >/dev/null; then
        generator=(-G Ninja)
    fi
    # ccache, where installed, makes a rebuild after a branch switch or in a second checkout cheap.
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$AUTHSCOPE_ROOT")}
    fi
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        log "configuring $dir"
        cmake -S "$AUTHSCOPE_ROOT" -B "$dir" "${generator[@]}" "${launcher[@]}" "$@" || die "cmake configure failed"
    else
        cmake -S "$AUTHSCOPE_ROOT" -B "$dir" "${launcher[@]}" "$@" >/dev/null || die "cmake configure failed"
    fi
    log "building $dir with $(nproc) jobs"
    local targets=()
    # BUILD_TARGETS="a b" builds only those targets (the benchmarks need only authscope-cli).
    for t in ${BUILD_TARGETS:-}; do targets+=(--target "$t"); done
    cmake --build "$dir" -j "$(nproc)" "${targets[@]}" || die "build failed"
}
