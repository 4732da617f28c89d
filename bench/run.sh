#!/usr/bin/env bash
# Whole-suite performance benchmark (issue 11). Builds the suite as the README does, starts it
# on free ports with --reset (empty, whatever the last run left), seeds a county's worth of data,
# measures with wrk and pgbench, prints a table and writes it to docs/performance.md. Needs wrk
# and pgbench (Debian: apt-get install wrk postgresql-client).
# Options: --seconds=20 --rounds=2 --connections=8 --sustain=60 --services=5000 --referrals=50000 --cases=10000
#          --startup-runs=3 --write-doc=true --java-options="-Xmx256m ..." (every JVM's options)
#          --warm-seconds=15 (per path and side)
#          and --no-build to skip the Maven build
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
build=true
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then build=false; else args+=("$arg"); fi
done
if $build; then
  ./mvnw -B -ntp -q package -DskipTests
fi
exec java -jar bench/suite/target/suite-bench.jar --root="$PWD" "${args[@]}"
