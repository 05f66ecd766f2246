#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 16 + ASan and runs each one for a while on a scratch copy of its seed
# corpus. Findings (crash-*, leak-*, timeout-*) land in build-fuzz/findings/.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     default 300
set -euo pipefail
source "$(dirname "$0")/common.sh"

seconds=${1:-300}
install_missing_packages
install_missing_packages "$AUTHSCOPE_ROOT/scripts/deps-fuzz"
build=$AUTHSCOPE_ROOT/build-fuzz
configure_and_build "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-16 \
    -DCMAKE_CXX_COMPILER=clang++-16 -DAUTHSCOPE_FUZZ=ON -DAUTHSCOPE_BUILD_TESTS=ON
mkdir -p "$build/findings"
status=0
for target in fuzz_token fuzz_keyimport fuzz_httprequest fuzz_jwe; do
    corpus_name=${target#fuzz_}
    work=$build/corpus/$corpus_name
    mkdir -p "$work"
    cp -n "$AUTHSCOPE_ROOT/tests/fuzz/corpus/$corpus_name"/* "$work/" 2>/dev/null || true
    log "fuzzing $target for $seconds s"
    if ! (cd "$build/findings" && "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=20000 \
            -print_final_stats=1 "$work"); then
        status=1
        log "$target found something: see $build/findings"
    fi
done
exit $status
