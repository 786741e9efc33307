#!/usr/bin/env bash
# The import benchmark: the importer against the plain JDBC baseline, at each size on each database.
# Usage: bench/import-bench.sh [SIZES] [DATABASES] [extra ImportBenchmark options]
#   e.g. bench/import-bench.sh "10000 100000" "h2 postgres"     (the quick suite, the default)
#        bench/import-bench.sh 1000000 postgres --warmup 0 --rounds 1 --timeout 7200
# Datasets go to ${BENCH_DATA:-/tmp/chancery-bench} (the 1M file is about 600 MB); PostgreSQL must trust
# the postgres user on 127.0.0.1:5432, which may create databases.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"10000 100000"}
databases=${2:-"h2 postgres"}
shift $(($# < 2 ? $# : 2))
data=${BENCH_DATA:-/tmp/chancery-bench}
# each load is timed and its peak memory read by GNU time (Debian's package)
if [ ! -x /usr/bin/time ]; then apt-get install -y time >/dev/null; fi
mkdir -p "$data"

# bench is the last module of the reactor: its class path is the one left in the file
./mvnw -q -pl app,bench -am -DskipTests package dependency:build-classpath -Dmdep.outputFile="$data/bench.cp"
cp="bench/target/classes:$(cat "$data/bench.cp")"

for size in $sizes; do
  file="$data/bench-$size.ndjson"
  [ -s "$file" ] || java -cp "$cp" org.chancery.bench.DatasetGenerator "$size" "$file" 42
  for database in $databases; do
    java -cp "$cp" org.chancery.bench.ImportBenchmark "$file" "$database" --work "$data/work" "$@"
  done
done
