#!/usr/bin/env bash
# Runs the benchmarks of budget-bench and prints the tables of BENCHMARKS.md.
#
#   bench/run.sh short   every benchmark and baseline, shortened (1 fork, 3 × 1 s warm-up,
#                        3 × 1 s measurement; validation and text import: 12 and 16 × 1 s
#                        warm-up, 3 × 1 s measurement), and the 10,000-disclosure batch: under
#                        10 minutes on 2 cores
#   bench/run.sh full    the figures of BENCHMARKS.md (2 forks, 5 × 1 s warm-up, 10 × 1 s
#                        measurement; validation and text import: 20 and 25 × 1 s warm-up), the
#                        batch with 5 rounds and the paired ratios: about 50 minutes on 2 cores
#
# Validation and text import get a longer warm-up than the rest: the JIT compiler works on them
# for 10 to 17 seconds of a fork (JMH's -prof comp: compiler time in every 1-s iteration until
# then), and an iteration measured before that measures code still being compiled. Their
# baselines (a loop, a split) are compiled within the first iteration and keep the short one.
#
# Extra arguments go to JMH instead, in one run, e.g. `bench/run.sh short ValidationBenchmark -p
# cells=1000` (give -wi to warm up longer). Results go to budget-bench/target/<mode>/: jmh*.json,
# jmh*.txt, ratios.md, batch.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-short}
shift || true
case "$mode" in
  short) jmh=(-f 1 -wi 3 -w 1s -i 3 -r 1s); validate=(-f 1 -wi 12 -w 1s -i 3 -r 1s)
         import=(-f 1 -wi 16 -w 1s -i 3 -r 1s); rounds=3 ;;
  full) jmh=(-f 2 -wi 5 -w 1s -i 10 -r 1s); validate=(-f 2 -wi 20 -w 1s -i 10 -r 1s)
        import=(-f 2 -wi 25 -w 1s -i 10 -r 1s); rounds=5 ;;
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

if [ $# -gt 0 ]; then
  java -jar "$jar" "${jmh[@]}" -rf json -rff "$out/jmh.json" "$@" | tee "$out/jmh.txt"
  java -cp "$jar" org.yusuan.budget.bench.Ratios "$out/jmh.json" | tee "$out/ratios.md"
else
  slow=('ValidationBenchmark.validate$' 'ImportBenchmark.importText$')
  java -jar "$jar" "${jmh[@]}" -e "${slow[0]}" -e "${slow[1]}" -rf json -rff "$out/jmh.json" \
    | tee "$out/jmh.txt"
  java -jar "$jar" "${validate[@]}" "${slow[0]}" -rf json -rff "$out/jmh-validate.json" \
    | tee "$out/jmh-validate.txt"
  java -jar "$jar" "${import[@]}" "${slow[1]}" -rf json -rff "$out/jmh-import.json" \
    | tee "$out/jmh-import.txt"
  java -cp "$jar" org.yusuan.budget.bench.Ratios "$out/jmh.json" "$out/jmh-validate.json" \
    "$out/jmh-import.json" | tee "$out/ratios.md"
  java -Xmx1g -XX:ActiveProcessorCount=2 -cp "$jar" org.yusuan.budget.bench.BatchMain 10000 2 "$rounds" \
    | tee "$out/batch.txt"
  if [ "$mode" = full ]; then
    # the same ratios measured in alternating slices, which a drifting load affects less
    java -Xmx4g -cp "$jar" org.yusuan.budget.bench.Paired 30 200 | tee "$out/paired.md"
  fi
fi
