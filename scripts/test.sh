#!/bin/sh
# The test suite: a clang build with AddressSanitizer, UBSan and the
# libFuzzer targets, then every test (unit, CLI, golden, pathological
# inputs, seed article, PolNeAR ratchet, fuzz runs) under ctest; a plain
# build whose CLI runs under valgrind's memcheck and whose shared library
# is installed and used from C and Python; and a ThreadSanitizer build of
# the threads test.
set -eu
cd "$(dirname "$0")/.."
# valgrind cannot run sanitized code: a plain build for the memcheck test
cmake -S . -B build-vg -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
# and for the install test and the Python package: the shared library and
# the manual pages; for the retraining test, the confidence features
cmake --build build-vg -j2 --target whosaid whosaid_lib whosaid_shared whosaid_man ws_confidence_dump ws_edges_dump
# ThreadSanitizer cannot share a build with AddressSanitizer: its own, for
# the threads test
CC=clang cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWS_TSAN=ON > /dev/null
cmake --build build-tsan -j2 --target test_threads
CC=clang cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DWS_SANITIZE=ON -DWS_FUZZ=ON -DWS_VALGRIND_WHOSAID="$PWD/build-vg/whosaid" \
  -DWS_PLAIN_BUILD="$PWD/build-vg" -DWS_TSAN_TEST="$PWD/build-tsan/test_threads" > /dev/null
cmake --build build-test -j2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-test --output-on-failure -j2
