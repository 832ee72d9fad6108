#!/usr/bin/env bash
# Footprint of ./run-local.sh: seconds from the run command until all five services answer UP, the RSS of every
# process idle and its peak under load (a peak half-day sent through the batch API). Prints a markdown table.
#   deploy/benchmarks/footprint.sh            (PUPILS=100000 IDLE_SECONDS=30 by default; after the install in docs/performance.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
PUPILS=${PUPILS:-100000}
IDLE_SECONDS=${IDLE_SECONDS:-30}
PORTS=(8085 8081 8082 8083 8084)
# The load comes from one client for three demo schools; the per-school limit protects against runaway software.
export AANBOORD_INGESTION_SCHOOL_REQUESTS_PER_SECOND=${AANBOORD_INGESTION_SCHOOL_REQUESTS_PER_SECOND:-100000}
# Its own data directory, so the synthetic load does not end up in the demo data of ./run-local.sh.
export AANBOORD_DATA_DIR=${AANBOORD_DATA_DIR:-.data/footprint}

mkdir -p .run
start=$(date +%s.%N)
./run-local.sh > .run/footprint-run-local.log 2>&1 &
runner=$!
trap './run-local.sh stop >/dev/null 2>&1 || true; wait $runner 2>/dev/null || true' EXIT

for port in "${PORTS[@]}"; do
  until curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"'; do
    kill -0 $runner 2>/dev/null || { echo "run-local.sh exited; see .run/footprint-run-local.log"; exit 1; }
    sleep 0.5
  done
done
healthy=$(echo "$(date +%s.%N) - $start" | bc)
echo "all five services healthy after ${healthy} s"

rss() { ps -o rss= -p "$(cat ".run/pids/$1.pid")" | awk '{printf "%d", $1/1024}'; }
names=(dev-infra stakeholder-agreements attendance-ingestion risk-scoring case-management notifications)
sleep "$IDLE_SECONDS"
declare -A idle peak
for name in "${names[@]}"; do idle[$name]=$(rss "$name"); peak[$name]=${idle[$name]}; done

./mvnw -q -o -Pbench -pl deploy/benchmarks exec:java -Dexec.args="remote-load http://localhost:8081" \
    -Dbench.pupils="$PUPILS" > .run/footprint-load.log 2>&1 &
load=$!
while kill -0 $load 2>/dev/null; do
  for name in "${names[@]}"; do
    now=$(rss "$name"); (( now > ${peak[$name]} )) && peak[$name]=$now
  done
  sleep 1
done
wait $load || { echo "load failed; see .run/footprint-load.log"; exit 1; }
grep -E '^(==|  )' .run/footprint-load.log

echo
echo "| process | RSS idle (MiB) | RSS peak under load (MiB) |"
echo "|---|---|---|"
for name in "${names[@]}"; do echo "| $name | ${idle[$name]} | ${peak[$name]} |"; done
echo "| time from ./run-local.sh to all healthy | ${healthy} s | |"
