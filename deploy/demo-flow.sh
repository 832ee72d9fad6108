#!/usr/bin/env bash
# Triggers the Aan Boord demo flow against a platform started with ./run-local.sh:
#   five unauthorised absences ("B") of one pupil on five recent school days, posted to attendance-ingestion,
#   then the cases of the demo school and the inboxes of the school, the CLB and the municipality.
#
#   deploy/demo-flow.sh            run it (prints each request and its answer)
#   deploy/demo-flow.sh --print    only print the curl commands, to copy and paste
#
# Env: ATTENDANCE_INGESTION_PORT (8081), CASE_MANAGEMENT_PORT (8083), NOTIFICATIONS_PORT (8084),
#      DEMO_HOST (localhost), DEMO_SCHOOL_ID (school-demo-1), DEMO_PUPIL_ID (pupil-0001),
#      DEMO_WAIT (30: seconds to wait for a case to appear), DEMO_TODAY (YYYY-MM-DD, to pretend another day).
set -euo pipefail

HOST=${DEMO_HOST:-localhost}
INGESTION_URL="http://${HOST}:${ATTENDANCE_INGESTION_PORT:-8081}"
CASES_URL="http://${HOST}:${CASE_MANAGEMENT_PORT:-8083}"
INBOX_URL="http://${HOST}:${NOTIFICATIONS_PORT:-8084}"
SCHOOL_ID=${DEMO_SCHOOL_ID:-school-demo-1}
PUPIL_ID=${DEMO_PUPIL_ID:-pupil-0001}
INBOX_ORGS=("$SCHOOL_ID" clb-demo municipality-demo)
WAIT_SECONDS=${DEMO_WAIT:-30}

if ! date -d 2000-01-01 +%F >/dev/null 2>&1; then
  echo "demo-flow.sh needs GNU date (on macOS: brew install coreutils and put its gnubin first on PATH)" >&2
  exit 1
fi

# School days are judged in Brussels time by the services, so compute them there too.
export TZ=Europe/Brussels

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
}

# Prints five distinct weekdays (oldest first), none in the future, all in the current school year
# (1 September - 30 June). In July and August: the last five weekdays of June. If the school year has had
# fewer than five weekdays so far (early September), the last five weekdays of the previous June.
school_days() {
  local today year month start_year from earliest d
  today=${DEMO_TODAY:-$(date +%F)}
  year=$(date -d "$today" +%Y)
  month=$((10#$(date -d "$today" +%m)))
  if ((month == 7 || month == 8)); then
    from="${year}-06-30"
    start_year=$((year - 1))
  else
    from=$today
    if ((month >= 9)); then start_year=$year; else start_year=$((year - 1)); fi
  fi
  earliest="${start_year}-09-01"

  local -a days=()
  d=$from
  while ((${#days[@]} < 5)); do
    if [[ $d < $earliest ]]; then
      echo "note: fewer than five school days so far this school year; using the last weekdays of June ${start_year}" >&2
      days=()
      d="${start_year}-06-30"
      earliest="$((start_year - 1))-09-01"
      continue
    fi
    if (($(date -d "$d" +%u) <= 5)); then
      days=("$d" "${days[@]}")
    fi
    d=$(date -d "$d -1 day" +%F)
  done
  printf '%s\n' "${days[@]}"
}

registration_json() {
  printf '{"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"AM","code":"B"}' "$SCHOOL_ID" "$PUPIL_ID" "$1"
}

print_commands() {
  local d
  echo "# Five unauthorised absences (code B) for ${PUPIL_ID} at ${SCHOOL_ID}:"
  while read -r d; do
    echo "curl -sS -X POST '${INGESTION_URL}/api/registrations' -H 'Content-Type: application/json' -d '$(registration_json "$d")'; echo"
  done < <(school_days)
  echo "# Give the events a few seconds to flow through risk-scoring and case-management, then:"
  echo "sleep 5"
  echo "curl -sS '${CASES_URL}/api/cases?schoolId=${SCHOOL_ID}'; echo"
  local org
  for org in "${INBOX_ORGS[@]}"; do
    echo "curl -sS '${INBOX_URL}/api/inbox?organisationId=${org}'; echo"
  done
}

# GET or POST, printing the request, the HTTP status and the body.
call() {
  local method=$1 url=$2 body=${3:-} out code
  echo "> ${method} ${url}${body:+  ${body}}"
  if [[ -n $body ]]; then
    out=$(curl -sS --max-time 10 -X "$method" "$url" -H 'Content-Type: application/json' -d "$body" -w $'\n%{http_code}') || true
  else
    out=$(curl -sS --max-time 10 "$url" -w $'\n%{http_code}') || true
  fi
  code=${out##*$'\n'}
  echo "< HTTP ${code:-none}  ${out%$'\n'*}"
  [[ $code == 2* ]]
}

run_flow() {
  local d failed=0 waited=0 cases
  echo "== Registering five unauthorised absences for ${PUPIL_ID} at ${SCHOOL_ID}"
  while read -r d; do
    call POST "${INGESTION_URL}/api/registrations" "$(registration_json "$d")" || failed=1
  done < <(school_days)
  if ((failed)); then
    echo "!! at least one registration was refused (see above)" >&2
  fi

  echo "== Waiting up to ${WAIT_SECONDS}s for a case for ${SCHOOL_ID}"
  while ((waited < WAIT_SECONDS)); do
    cases=$(curl -sS --max-time 5 "${CASES_URL}/api/cases?schoolId=${SCHOOL_ID}" 2>/dev/null || true)
    if [[ -n $cases && $cases != "[]" && $cases == \[* ]]; then
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done

  echo "== Cases"
  call GET "${CASES_URL}/api/cases?schoolId=${SCHOOL_ID}" || failed=1
  echo "== Inboxes"
  local org
  for org in "${INBOX_ORGS[@]}"; do
    call GET "${INBOX_URL}/api/inbox?organisationId=${org}" || failed=1
  done
  return "$failed"
}

case "${1:-}" in
  -h | --help) usage ;;
  --print) print_commands ;;
  "") run_flow ;;
  *)
    echo "unknown argument: $1" >&2
    usage >&2
    exit 2
    ;;
esac
