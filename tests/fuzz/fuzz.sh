#!/usr/bin/env bash
# Fuzzes every target for SECONDS each (default 300) with clang's libFuzzer, AddressSanitizer
# and UBSan, growing tests/fuzz/corpus/<target>. A crash leaves crash-* files in
# build/fuzz/findings/<target>/ and stops the script; ctest replays the corpus on every build.
#   tests/fuzz/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(import time writers)

if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh: clang is missing; install it with: apt-get install clang" >&2
    exit 1
fi
build="$root/build/fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBUILD_TESTING=ON -DBRIDGE_FUZZ=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

for target in "${targets[@]}"; do
    corpus="$root/tests/fuzz/corpus/$target"
    findings="$build/findings/$target"
    mkdir -p "$findings"
    echo "== fuzz_$target for ${seconds}s (corpus: $(ls "$corpus" | wc -l) inputs)"
    # New inputs go to a scratch folder first, then are merged down to those that add coverage.
    fresh=$(mktemp -d)
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
        "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$findings/" -print_final_stats=1 \
        "$fresh" "$corpus"
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
        "$build/tests/fuzz/fuzz_$target" -merge=1 "$corpus" "$fresh" 2>&1 | tail -n 1
    rm -rf "$fresh"
done
