#!/usr/bin/env bash
# run-local.sh - run the whole Aan Boord platform on this machine, no Docker needed.
#
# Usage:
#   ./run-local.sh               build if a jar is missing, start dev-infra (Kafka + MongoDB-wire store), the
#                                DEVELOPMENT ONLY authorisation server dev-auth (port 9000, demo users: password
#                                'demo') and the five services, wait until all are healthy, print the URLs;
#                                Ctrl-C stops everything
#   ./run-local.sh --rebuild     the same, but always run the Maven build first
#   ./run-local.sh --live-demo   the same, then streams a synthetic region's autumn term into the demo school, one
#                                school day every few seconds: watch the console, the inboxes and the cases fill
#   ./run-local.sh --infra-only  only dev-infra (Kafka + MongoDB), e.g. to run services from the IDE
#   ./run-local.sh stop          stop a run started earlier (from another terminal, or one left behind)
#   ./run-local.sh status        show which processes of a run are alive
#   ./run-local.sh --help        this text
#
# Environment (defaults in brackets):
#   JAVA                           java binary [java on PATH]
#   JAVA_OPTS_SERVICE              JVM flags of each service
#                                  [-Xms64m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:MaxMetaspaceSize=160m]
#   JAVA_OPTS_INFRA                JVM flags of dev-infra [-Xms32m -Xmx256m -XX:+UseSerialGC]
#   STAKEHOLDER_AGREEMENTS_PORT    [8085]     ATTENDANCE_INGESTION_PORT  [8081]
#   RISK_SCORING_PORT              [8082]     CASE_MANAGEMENT_PORT       [8083]
#   NOTIFICATIONS_PORT             [8084]
#   HUB_CONSOLE_PORT               [8080]  (the console signs in at the dev authorisation server, port 9000)
#   AANBOORD_KAFKA_PORT            [9092]     AANBOORD_KAFKA_CONTROLLER_PORT [9093]
#   AANBOORD_MONGO_PORT            [27017]    AANBOORD_DATA_DIR          [.data/dev-infra]
#   AANBOORD_DEV_AUTH_PORT         [9000]     (the services trust http://localhost:<port> as token issuer)
#   AANBOORD_PSEUDONYMISATION_KEY  key for attendance-ingestion [made once, kept in .data/pseudonymisation.key]
#   AANBOORD_VAULT_KEY             identity-vault key for attendance-ingestion [made once, kept in .data/vault.key]
#   INFRA_TIMEOUT [60]  HEALTH_TIMEOUT [120]  STOP_TIMEOUT [20]  ARCHIVE_TIMEOUT [90]   (seconds; the last is how
#                                  much longer a stop waits for JVMs writing their class data sharing archive)
#   LIVE_DEMO_PUPILS [300]  LIVE_DEMO_SECONDS_PER_DAY [3]   size and pace of --live-demo (log: .run/logs/live-demo.log)
#   CDS                            [on]  class data sharing: each JVM records the classes it loaded when it stops and
#                                  maps them on the next start (faster start; off runs the jars as they are)
#
# Files: logs in .run/logs/<name>.log, pids in .run/pids/<name>.pid, data in .data/ (kept between runs), extracted
# jars and class data sharing archives in .run/cds/.
# Demo: deploy/demo-flow.sh posts five absences and shows the resulting case and inbox alerts.
set -Eeuo pipefail

if ((BASH_VERSINFO[0] < 4)); then
  echo "run-local.sh needs bash 4 or newer (on macOS: brew install bash, then run it with that bash)" >&2
  exit 1
fi

# ---------------------------------------------------------------------------------------------------------------
# Easy to edit: services, their default ports, and the URLs printed when everything is up.
# ---------------------------------------------------------------------------------------------------------------
SERVICES=(stakeholder-agreements attendance-ingestion risk-scoring case-management notifications hub-console)
declare -A DEFAULT_PORT=(
  [stakeholder-agreements]=8085
  [attendance-ingestion]=8081
  [risk-scoring]=8082
  [case-management]=8083
  [notifications]=8084
  [hub-console]=8080
)
HEALTH_PATH=/actuator/health
SWAGGER_PATH=/swagger-ui.html
# "label|service whose port is used|path"
EXTRA_URLS=(
  "Console (sign-in: README)|hub-console|/"
  "Inbox clb-demo|notifications|/api/inbox?organisationId=clb-demo"
  "Inbox school-demo-1|notifications|/api/inbox?organisationId=school-demo-1"
  "Inbox municipality-demo|notifications|/api/inbox?organisationId=municipality-demo"
  "Cases school-demo-1|case-management|/api/cases?schoolId=school-demo-1"
  "Agreements|stakeholder-agreements|/api/agreements"
)
VERSION=0.1.0-SNAPSHOT
INFRA=dev-infra
INFRA_JAR=deploy/dev-infra/target/dev-infra-${VERSION}-exec.jar
AUTH=dev-auth
AUTH_JAR=deploy/dev-auth/target/dev-auth-${VERSION}-exec.jar
DEMO_SCRIPT=deploy/demo-flow.sh
# ---------------------------------------------------------------------------------------------------------------

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"

JAVA=${JAVA:-java}
JAVA_OPTS_SERVICE=${JAVA_OPTS_SERVICE:--Xms64m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:MaxMetaspaceSize=160m}
JAVA_OPTS_INFRA=${JAVA_OPTS_INFRA:--Xms32m -Xmx256m -XX:+UseSerialGC}
INFRA_TIMEOUT=${INFRA_TIMEOUT:-60}
HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-120}
STOP_TIMEOUT=${STOP_TIMEOUT:-20}
ARCHIVE_TIMEOUT=${ARCHIVE_TIMEOUT:-90}
CDS=${CDS:-on}
LIVE_DEMO_PUPILS=${LIVE_DEMO_PUPILS:-300}
LIVE_DEMO_SECONDS_PER_DAY=${LIVE_DEMO_SECONDS_PER_DAY:-3}
LIVE_DEMO=live-demo

KAFKA_PORT=${AANBOORD_KAFKA_PORT:-9092}
CONTROLLER_PORT=${AANBOORD_KAFKA_CONTROLLER_PORT:-9093}
MONGO_PORT=${AANBOORD_MONGO_PORT:-27017}
AUTH_PORT=${AANBOORD_DEV_AUTH_PORT:-9000}
ISSUER="http://localhost:$AUTH_PORT"
DATA_DIR=${AANBOORD_DATA_DIR:-.data/dev-infra}
[[ $DATA_DIR == /* ]] || DATA_DIR="$ROOT/$DATA_DIR"
READY_FILE="$DATA_DIR/ready"
KEY_FILE="$ROOT/.data/pseudonymisation.key"
VAULT_KEY_FILE="$ROOT/.data/vault.key"

RUN_DIR="$ROOT/.run"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
PORTS_FILE="$RUN_DIR/ports"
CDS_DIR="$RUN_DIR/cds"

# --- small helpers ------------------------------------------------------------------------------------------------
say() { printf '%s\n' "$*"; }
err() { printf 'run-local: %s\n' "$*" >&2; }
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
now() { date +%s; }

# ATTENDANCE_INGESTION_PORT etc., falling back to the default above.
port_of() {
  local var
  var="$(tr 'a-z-' 'A-Z_' <<<"$1")_PORT"
  printf '%s' "${!var:-${DEFAULT_PORT[$1]}}"
}

jar_of() {
  if [[ $1 == "$INFRA" ]]; then printf '%s' "$INFRA_JAR"; elif [[ $1 == "$AUTH" ]]; then printf '%s' "$AUTH_JAR"; else printf 'services/%s/target/%s-%s-exec.jar' "$1" "$1" "$VERSION"; fi
}

pid_file() { printf '%s/%s.pid' "$PID_DIR" "$1"; }

# --- class data sharing -------------------------------------------------------------------------------------------
# A JVM maps the classes of its archive instead of loading, verifying and linking them again: about a third of a
# Spring Boot start, and seven JVMs start at once here (docs/adr/0010-class-data-sharing-for-the-local-run.md).
# CDS needs plain jars on the class path, so each jar is extracted once (Spring Boot's tools jar mode) and again
# when it was rebuilt; the first run from it records the archive when the JVM stops, the next runs use it.

# The java arguments that launch NAME, one per line.
launch_args() {
  local name=$1 jar dir stamp extracted
  jar=$(jar_of "$name")
  dir="$CDS_DIR/$name"
  extracted="$dir/$(basename "$jar")"
  if [[ $CDS == on ]]; then
    stamp=$(stat -c '%Y %s' "$jar")
    if [[ ! -f $dir/source || $(<"$dir/source") != "$stamp" ]]; then
      rm -rf "$dir" "$CDS_DIR/$name.jsa"
      # A jar without Spring Boot's tools jar mode (dev-infra) is not extracted and runs as it is.
      "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null 2>&1 || rm -rf "$dir"
      mkdir -p "$dir"
      printf '%s' "$stamp" >"$dir/source"
    fi
  fi
  if [[ $CDS != on || ! -f $extracted ]]; then
    printf '%s\n' -jar "$jar"
  elif [[ -f $CDS_DIR/$name.jsa ]]; then
    printf '%s\n' "-XX:SharedArchiveFile=$CDS_DIR/$name.jsa" -jar "$extracted"
  else
    # Classes that cannot be archived are only skipped; their warnings would fill the log.
    printf '%s\n' "-XX:ArchiveClassesAtExit=$CDS_DIR/$name.jsa.new" -Xlog:cds=error -jar "$extracted"
  fi
}

# After NAME stopped: an archive it wrote while exiting becomes the one to use; one cut short by a KILL is dropped.
keep_archive() {
  local new="$CDS_DIR/$1.jsa.new"
  [[ -f $new ]] || return 0
  if (($2)); then mv -f "$new" "$CDS_DIR/$1.jsa"; else rm -f "$new"; fi
}

# The pid recorded for NAME, only if that process is alive and still runs NAME's jar (pids get reused).
live_pid() {
  local file pid
  file=$(pid_file "$1")
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r /proc/$pid/cmdline ]] && ! tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$(basename "$(jar_of "$1")")"; then
    return 1
  fi
  printf '%s' "$pid"
}

# True when something accepts TCP connections on localhost:PORT.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Ports of this configuration, plus those a running (or crashed) run recorded in .run/ports.
all_ports() {
  local s
  {
    printf '%s\n' "$KAFKA_PORT" "$CONTROLLER_PORT" "$MONGO_PORT" "$AUTH_PORT"
    for s in "${SERVICES[@]}"; do port_of "$s"; echo; done
    if [[ -f $PORTS_FILE ]]; then cat "$PORTS_FILE"; fi
  } | sort -un
}

# --- stopping -----------------------------------------------------------------------------------------------------
# TERM the given processes together, wait up to STOP_TIMEOUT seconds, then KILL what is left.
stop_names() {
  local name pid deadline timeout=$STOP_TIMEOUT
  local -A pids=()
  for name in "$@"; do
    if pid=$(live_pid "$name"); then
      pids[$name]=$pid
      say "stopping $name (pid $pid)"
      if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF ArchiveClassesAtExit; then
        timeout=$((STOP_TIMEOUT + ARCHIVE_TIMEOUT))
        say "  $name writes its class data sharing archive while it stops (once after each build)"
      fi
      kill -TERM "$pid" 2>/dev/null || true
    fi
    rm -f "$(pid_file "$name")"
  done
  ((${#pids[@]})) || return 0
  deadline=$(($(now) + timeout))
  while (($(now) < deadline)); do
    for name in "${!pids[@]}"; do
      if ! kill -0 "${pids[$name]}" 2>/dev/null; then
        unset "pids[$name]"
        keep_archive "$name" 1
      fi
    done
    ((${#pids[@]})) || return 0
    sleep 0.2
  done
  for name in "${!pids[@]}"; do
    err "$name (pid ${pids[$name]}) did not stop within ${timeout}s, killing it"
    kill -KILL "${pids[$name]}" 2>/dev/null || true
  done
  sleep 0.5
  for name in "${!pids[@]}"; do keep_archive "$name" 0; done
}

stop_all() {
  stop_live_demo
  stop_names "${SERVICES[@]}"
  stop_names "$AUTH"
  stop_names "$INFRA"
  rm -f "$READY_FILE"
  local p busy=()
  while read -r p; do
    if port_in_use "$p"; then busy+=("$p"); fi
  done < <(all_ports)
  if ((${#busy[@]})); then
    err "still in use after stopping (not by this run?): ports ${busy[*]}"
    return 1
  fi
  rm -f "$PORTS_FILE"
  say "all stopped; ports free"
}

STOPPING=0
on_signal() {
  [[ $BASHPID == "$$" ]] || exit 1 # only the main shell cleans up, never a subshell
  ((STOPPING)) && return
  STOPPING=1
  trap '' INT TERM HUP
  say ""
  say "stopping everything ..."
  stop_all || true
  exit "${1:-130}"
}

# Startup failed (set -e, a timeout, ...): leave nothing running.
on_error() {
  local rc=$?
  [[ $BASHPID == "$$" ]] || return "$rc" # only the main shell cleans up, never a subshell
  ((STOPPING)) && return
  STOPPING=1
  trap '' INT TERM HUP
  err "startup failed (exit $rc); stopping what was started"
  stop_all || true
  exit "$rc"
}

# --- building -----------------------------------------------------------------------------------------------------
build_if_needed() {
  local force=$1 name missing=() scope=()
  shift
  ((${#SERVICES[@]})) || scope=(-f deploy/dev-infra/pom.xml) # --infra-only: just dev-infra
  for name in "$@"; do
    [[ -f $(jar_of "$name") ]] || missing+=("$(jar_of "$name")")
  done
  if ((force)) || ((${#missing[@]})); then
    ((${#missing[@]})) && say "missing: ${missing[*]}"
    say "building: ./mvnw -q -DskipTests ${scope[*]} install (this takes a few minutes) ..."
    local t0
    t0=$(now)
    ./mvnw -q -DskipTests "${scope[@]}" install
    say "build done in $(($(now) - t0))s"
    for name in "$@"; do
      [[ -f $(jar_of "$name") ]] || { err "build did not produce $(jar_of "$name")"; exit 1; }
    done
  fi
}

# --- starting -----------------------------------------------------------------------------------------------------
log_tail() {
  local log="$LOG_DIR/$1.log"
  err "---- last 40 lines of $log ----"
  tail -n 40 "$log" >&2 2>/dev/null || true
  err "----"
}

start_infra() {
  local launch_lines
  local -a opts launch
  read -r -a opts <<<"$JAVA_OPTS_INFRA"
  launch_lines=$(launch_args "$INFRA")
  mapfile -t launch <<<"$launch_lines"
  mkdir -p "$DATA_DIR"
  rm -f "$READY_FILE"
  AANBOORD_DATA_DIR="$DATA_DIR" AANBOORD_KAFKA_PORT="$KAFKA_PORT" \
    AANBOORD_KAFKA_CONTROLLER_PORT="$CONTROLLER_PORT" AANBOORD_MONGO_PORT="$MONGO_PORT" \
    "$JAVA" "${opts[@]}" "${launch[@]}" >"$LOG_DIR/$INFRA.log" 2>&1 &
  local pid=$!
  echo "$pid" >"$(pid_file "$INFRA")"
  say "starting $INFRA (pid $pid): kafka localhost:$KAFKA_PORT, mongodb localhost:$MONGO_PORT, data $DATA_DIR"

  local t0 deadline
  t0=$(now)
  deadline=$((t0 + INFRA_TIMEOUT))
  until [[ -f $READY_FILE ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      err "$INFRA exited before it was ready"
      log_tail "$INFRA"
      return 1
    fi
    if (($(now) >= deadline)); then
      err "$INFRA not ready within ${INFRA_TIMEOUT}s"
      log_tail "$INFRA"
      return 1
    fi
    sleep 0.25
  done
  say "$INFRA ready in $(($(now) - t0))s"
}

# DEVELOPMENT ONLY authorisation server: the services validate its tokens, so it comes up before them.
start_auth() {
  local launch_lines
  local -a opts launch
  read -r -a opts <<<"$JAVA_OPTS_SERVICE"
  launch_lines=$(launch_args "$AUTH")
  mapfile -t launch <<<"$launch_lines"
  AANBOORD_DEV_AUTH_PORT="$AUTH_PORT" AANBOORD_ISSUER_URI="$ISSUER" \
    "$JAVA" "${opts[@]}" "${launch[@]}" >"$LOG_DIR/$AUTH.log" 2>&1 &
  local pid=$!
  echo "$pid" >"$(pid_file "$AUTH")"
  say "starting $AUTH (pid $pid): DEVELOPMENT ONLY authorisation server, issuer $ISSUER"
  local t0 deadline
  t0=$(now)
  deadline=$((t0 + HEALTH_TIMEOUT))
  until healthy "$AUTH_PORT"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      err "$AUTH exited before it was ready"
      log_tail "$AUTH"
      return 1
    fi
    if (($(now) >= deadline)); then
      err "$AUTH not healthy within ${HEALTH_TIMEOUT}s"
      log_tail "$AUTH"
      return 1
    fi
    sleep 0.5
  done
  say "$AUTH ready in $(($(now) - t0))s"
}

# The value of the variable named $1 when set, else the key kept in file $2 (made once: 32 random bytes, base64).
local_key() {
  local variable=$1 file=$2
  if [[ -n ${!variable:-} ]]; then
    printf '%s' "${!variable}"
    return
  fi
  if [[ ! -s $file ]]; then
    mkdir -p "$(dirname "$file")"
    (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '\n' >"$file")
  fi
  cat "$file"
}

start_service() {
  local name=$1 port pid launch_lines
  local -a opts launch env=(KAFKA_BOOTSTRAP="localhost:$KAFKA_PORT" MONGODB_URI="mongodb://localhost:$MONGO_PORT"
    AANBOORD_ISSUER_URI="$ISSUER")
  read -r -a opts <<<"$JAVA_OPTS_SERVICE"
  launch_lines=$(launch_args "$name")
  mapfile -t launch <<<"$launch_lines"
  port=$(port_of "$name")
  if [[ $name == attendance-ingestion ]]; then
    env+=(AANBOORD_PSEUDONYMISATION_KEY="$(local_key AANBOORD_PSEUDONYMISATION_KEY "$KEY_FILE")"
      AANBOORD_VAULT_KEY="$(local_key AANBOORD_VAULT_KEY "$VAULT_KEY_FILE")")
  fi
  if [[ $name == hub-console ]]; then
    # The services where this run put them (their ports may be overridden), not the console's defaults.
    env+=(AGREEMENTS_URL="http://localhost:$(port_of stakeholder-agreements)"
      INGESTION_URL="http://localhost:$(port_of attendance-ingestion)"
      RISK_URL="http://localhost:$(port_of risk-scoring)"
      CASES_URL="http://localhost:$(port_of case-management)"
      NOTIFICATIONS_URL="http://localhost:$(port_of notifications)")
  fi
  env "${env[@]}" "$JAVA" "${opts[@]}" "${launch[@]}" --server.port="$port" >"$LOG_DIR/$name.log" 2>&1 &
  pid=$!
  echo "$pid" >"$(pid_file "$name")"
  say "starting $name (pid $pid) on port $port"
}

# 200 with "status":"UP" on the health endpoint.
healthy() {
  local out code
  out=$(curl -s --max-time 2 -w $'\n%{http_code}' "http://localhost:$1$HEALTH_PATH" 2>/dev/null) || return 1
  code=${out##*$'\n'}
  [[ $code == 200 && ${out%$'\n'*} =~ \"status\"[[:space:]]*:[[:space:]]*\"UP\" ]]
}

wait_healthy() {
  local t0=$1 deadline name pid
  local -A pending=()
  for name in "${SERVICES[@]}"; do pending[$name]=1; done
  deadline=$((t0 + HEALTH_TIMEOUT))
  while ((${#pending[@]})); do
    for name in "${!pending[@]}"; do
      if healthy "$(port_of "$name")"; then
        say "  $name healthy after $(($(now) - t0))s"
        unset "pending[$name]"
      elif ! pid=$(live_pid "$name"); then
        err "$name exited during startup"
        log_tail "$name"
        return 1
      fi
    done
    ((${#pending[@]})) || break
    if (($(now) >= deadline)); then
      for name in "${!pending[@]}"; do
        err "$name not healthy within ${HEALTH_TIMEOUT}s (http://localhost:$(port_of "$name")$HEALTH_PATH)"
        log_tail "$name"
      done
      return 1
    fi
    sleep 1
  done
}

print_urls() {
  local name port entry label svc path
  say ""
  printf '%-24s %-44s %s\n' "SERVICE" "SWAGGER UI" "HEALTH"
  for name in "${SERVICES[@]}"; do
    port=$(port_of "$name")
    printf '%-24s %-44s %s\n' "$name" "http://localhost:$port$SWAGGER_PATH" "http://localhost:$port$HEALTH_PATH"
  done
  say ""
  for entry in "${EXTRA_URLS[@]}"; do
    IFS='|' read -r label svc path <<<"$entry"
    printf '%-24s %s\n' "$label" "http://localhost:$(port_of "$svc")$path"
  done
  say ""
  say "Kafka: localhost:$KAFKA_PORT   MongoDB: mongodb://localhost:$MONGO_PORT   logs: .run/logs/   data: .data/"
  say "Sign-in (DEVELOPMENT ONLY): $ISSUER   users zorg.school1 zorg.school2 clb.worker regisseur admin dpo, password 'demo'"
  say "  every call needs a bearer token, e.g. TOKEN=\$(curl -s -u dev-clb.worker:dev-secret -d grant_type=client_credentials $ISSUER/oauth2/token)"
  say ""
  say "Demo flow: run ./$DEMO_SCRIPT   (or paste these commands):"
  say ""
  ATTENDANCE_INGESTION_PORT=$(port_of attendance-ingestion) CASE_MANAGEMENT_PORT=$(port_of case-management) \
    NOTIFICATIONS_PORT=$(port_of notifications) AANBOORD_ISSUER_URI="$ISSUER" "./$DEMO_SCRIPT" --print | sed 's/^/  /' ||
    err "could not print the demo commands; see ./$DEMO_SCRIPT --help"
  say ""
}

# The synthetic region's term into the running platform (deploy/benchmarks' LiveDemo, through the batch API as the
# demo school's software). Compiled here if needed; runs in the background until the term is in or the run stops.
start_live_demo() {
  local pid
  ./mvnw -q -Pbench -pl deploy/benchmarks compile exec:java \
    -Dexec.args="live-demo http://localhost:$(port_of attendance-ingestion)" -Dbench.issuer="$ISSUER" \
    -Dbench.pupils="$LIVE_DEMO_PUPILS" -Dbench.demo.seconds-per-day="$LIVE_DEMO_SECONDS_PER_DAY" \
    >"$LOG_DIR/$LIVE_DEMO.log" 2>&1 &
  pid=$!
  echo "$pid" >"$(pid_file "$LIVE_DEMO")"
  say "live demo (pid $pid): a synthetic autumn term for school-demo-1, $LIVE_DEMO_PUPILS pupils, a school day every" \
    "${LIVE_DEMO_SECONDS_PER_DAY}s; progress in .run/logs/$LIVE_DEMO.log"
}

stop_live_demo() {
  local file pid
  file=$(pid_file "$LIVE_DEMO")
  [[ -f $file ]] || return 0
  pid=$(<"$file")
  rm -f "$file"
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    say "stopping $LIVE_DEMO (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
  fi
}

# Runs until Ctrl-C / TERM, or until every process of the run has gone (e.g. after ./run-local.sh stop).
supervise() {
  local -A reported=()
  local name alive
  while :; do
    alive=0
    for name in "$INFRA" "$AUTH" "${SERVICES[@]}"; do
      [[ -f $(pid_file "$name") ]] || continue
      if live_pid "$name" >/dev/null; then
        alive=1
      elif [[ -z ${reported[$name]:-} ]]; then
        reported[$name]=1
        err "$name has stopped; see .run/logs/$name.log"
      fi
    done
    if ((!alive)); then
      say "nothing of this run is running any more"
      rm -f "$READY_FILE"
      exit 0
    fi
    sleep 2 &
    wait $! || true
  done
}

refuse_if_running() {
  local name pid running=()
  for name in "$INFRA" "$AUTH" "${SERVICES[@]}"; do
    if pid=$(live_pid "$name"); then running+=("$name($pid)"); fi
  done
  if ((${#running[@]})); then
    err "a previous run is still active: ${running[*]}; stop it with ./run-local.sh stop"
    exit 1
  fi
  local p busy=()
  while read -r p; do
    if port_in_use "$p"; then busy+=("$p"); fi
  done < <(all_ports)
  if ((${#busy[@]})); then
    err "ports already in use: ${busy[*]} (another Kafka/MongoDB/service running?)"
    exit 1
  fi
}

status() {
  local name pid
  for name in "$INFRA" "$AUTH" "${SERVICES[@]}"; do
    if pid=$(live_pid "$name"); then
      printf '%-24s running (pid %s)\n' "$name" "$pid"
    else
      printf '%-24s not running\n' "$name"
    fi
  done
}

main() {
  local rebuild=0 infra_only=0 live_demo=0
  case "${1:-}" in
    stop)
      stop_all
      return
      ;;
    status)
      status
      return
      ;;
  esac
  while (($#)); do
    case "$1" in
      --rebuild) rebuild=1 ;;
      --live-demo) live_demo=1 ;;
      --infra-only) infra_only=1 ;;
      -h | --help)
        usage
        return
        ;;
      *)
        err "unknown argument: $1"
        usage >&2
        exit 2
        ;;
    esac
    shift
  done
  if ((infra_only)); then SERVICES=(); fi

  command -v "$JAVA" >/dev/null || { err "no java found (set JAVA)"; exit 1; }
  command -v curl >/dev/null || { err "curl is needed"; exit 1; }
  mkdir -p "$LOG_DIR" "$PID_DIR"
  refuse_if_running
  if ((${#SERVICES[@]})); then
    build_if_needed "$rebuild" "$INFRA" "$AUTH" "${SERVICES[@]}"
  else
    build_if_needed "$rebuild" "$INFRA"
  fi

  trap on_error ERR
  trap 'on_signal 130' INT
  trap 'on_signal 143' TERM
  trap 'on_signal 129' HUP
  all_ports >"$PORTS_FILE.tmp" && mv "$PORTS_FILE.tmp" "$PORTS_FILE"

  local t0
  t0=$(now)
  start_infra
  if ((${#SERVICES[@]})); then
    local t1 name
    start_auth
    t1=$(now)
    for name in "${SERVICES[@]}"; do start_service "$name"; done
    say "waiting for ${#SERVICES[@]} services to report UP (timeout ${HEALTH_TIMEOUT}s) ..."
    wait_healthy "$t1"
    say "all ${#SERVICES[@]} services healthy in $(($(now) - t1))s ($(($(now) - t0))s including dev-infra)"
    print_urls
    if ((live_demo)); then start_live_demo; fi
  else
    say ""
    say "dev-infra only: KAFKA_BOOTSTRAP=localhost:$KAFKA_PORT MONGODB_URI=mongodb://localhost:$MONGO_PORT"
  fi
  trap - ERR
  say "Press Ctrl-C to stop everything (or run ./run-local.sh stop elsewhere)."
  supervise
}

main "$@"
