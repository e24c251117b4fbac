#!/usr/bin/env bash
# Runs the benchmarks of budget-bench and prints the tables of BENCHMARKS.md.
#
#   bench/run.sh short   every benchmark and baseline, shortened (1 fork, 3 × 1 s warm-up,
#                        5 × 1 s measurement), and the 10,000-disclosure batch: under 10 minutes
#                        on 2 cores
#   bench/run.sh full    the figures of BENCHMARKS.md (2 forks, 5 × 1 s warm-up, 10 × 1 s
#                        measurement), the batch with 5 rounds and the paired ratios: about 40
#                        minutes on 2 cores
#
# Extra arguments go to JMH, e.g. `bench/run.sh short ValidationBenchmark -p cells=1000`.
# Results go to budget-bench/target/<mode>/: jmh.json, jmh.txt, ratios.md, batch.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-short}
shift || true
case "$mode" in
  short) jmh=(-f 1 -wi 3 -w 1s -i 5 -r 1s); rounds=3 ;;
  full) jmh=(-f 2 -wi 5 -w 1s -i 10 -r 1s); rounds=5 ;;
  *) echo "usage: bench/run.sh short|full [JMH arguments]" >&2; exit 2 ;;
esac

./mvnw -B -q -pl budget-bench -am package -DskipTests
jar=budget-bench/target/benchmarks.jar
out=budget-bench/target/$mode
mkdir -p "$out"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  lscpu | grep -E '^(Model name|Thread|Core|Socket)' || true
  free -h | awk '/^Mem:/ {print "RAM: " $2}'
  java -version 2>&1 | head -n 2
  uptime
} | tee "$out/machine.txt"

java -jar "$jar" "${jmh[@]}" -rf json -rff "$out/jmh.json" "$@" | tee "$out/jmh.txt"
java -cp "$jar" org.yusuan.budget.bench.Ratios "$out/jmh.json" | tee "$out/ratios.md"
if [ $# -eq 0 ]; then
  java -Xmx1g -XX:ActiveProcessorCount=2 -cp "$jar" org.yusuan.budget.bench.BatchMain 10000 2 "$rounds" \
    | tee "$out/batch.txt"
  if [ "$mode" = full ]; then
    # the same ratios measured in alternating slices, which a drifting load affects less
    java -Xmx4g -cp "$jar" org.yusuan.budget.bench.Paired 30 200 | tee "$out/paired.md"
  fi
fi
