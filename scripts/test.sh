#!/bin/sh
# The test suite: a clang build with AddressSanitizer, UBSan and the
# libFuzzer targets, then every test (unit, CLI, golden, pathological
# inputs, seed article, PolNeAR ratchet, fuzz runs) under ctest.
set -eu
cd "$(dirname "$0")/.."
CC=clang cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DWS_SANITIZE=ON -DWS_FUZZ=ON > /dev/null
cmake --build build-test -j2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-test --output-on-failure -j2
