#!/usr/bin/env bash
# The long crash run: 15,000 SIGKILLs (5,000 each to the session writer, `log` commands and
# `restore` commands).
# Usage: tests/reliability/crash-soak.sh [BUILD_DIR]   (default: build/test)
# Prints each writer's kills, acknowledged entries and entries lost (must be 0), and how many
# restores were killed part-way (every state must be one whole copy).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/test}
# QtTest stops a test function after 5 minutes by default; the soak needs longer.
export QT_QPA_PLATFORM=offscreen CRASH_KILLS=${CRASH_KILLS:-5000} QTEST_FUNCTION_TIMEOUT=7200000
"$build/tests/tst_crash" 2>&1 | grep -E "QINFO|FAIL|Totals"
