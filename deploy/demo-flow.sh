#!/usr/bin/env bash
# Triggers the Aan Boord demo flow against a platform started with ./run-local.sh:
#   five unauthorised absences ("B") of one pupil on five recent school days, posted to attendance-ingestion,
#   then the cases of the demo school and the inboxes of the school, the CLB and the municipality.
#   Every call carries an access token from the DEVELOPMENT ONLY authorisation server (deploy/dev-auth), got with
#   the client-credentials grant: the school software client for the registrations, and one demo client per role
#   (dev-zorg.school1, dev-clb.worker, dev-regisseur; secret dev-secret) to read as that person would.
#
#   deploy/demo-flow.sh            run it (prints each request and its answer)
#   deploy/demo-flow.sh --print    only print the curl commands, to copy and paste
#
# Env: ATTENDANCE_INGESTION_PORT (8081), CASE_MANAGEMENT_PORT (8083), NOTIFICATIONS_PORT (8084),
#      AANBOORD_ISSUER_URI (http://localhost:9000: the dev authorisation server),
#      DEMO_HOST (localhost), DEMO_SCHOOL_ID (school-demo-1), DEMO_PUPIL_ID (pupil-0001),
#      DEMO_WAIT (30: seconds to wait for a case to appear), DEMO_TODAY (YYYY-MM-DD, to pretend another day).
set -euo pipefail

HOST=${DEMO_HOST:-localhost}
INGESTION_URL="http://${HOST}:${ATTENDANCE_INGESTION_PORT:-8081}"
CASES_URL="http://${HOST}:${CASE_MANAGEMENT_PORT:-8083}"
INBOX_URL="http://${HOST}:${NOTIFICATIONS_PORT:-8084}"
SCHOOL_ID=${DEMO_SCHOOL_ID:-school-demo-1}
PUPIL_ID=${DEMO_PUPIL_ID:-pupil-0001}
ISSUER=${AANBOORD_ISSUER_URI:-http://localhost:9000}
# inbox organisation -> the demo role client that reads it (dev-auth's DemoDirectory)
INBOX_ORGS=("$SCHOOL_ID" clb-demo municipality-demo)
declare -A READER=([school-demo-1]=dev-zorg.school1 [school-demo-2]=dev-zorg.school2 [clb-demo]=dev-clb.worker
  [municipality-demo]=dev-regisseur)
SOFTWARE_CLIENT="${SCHOOL_ID}-software"
SOFTWARE_SECRET=${DEMO_SOFTWARE_SECRET:-dev-school-software-secret}
ROLE_SECRET=${DEMO_ROLE_SECRET:-dev-secret}
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

# An access token of a client (client-credentials grant at the dev authorisation server).
token_of() {
  local client=$1 secret=$2 out
  out=$(curl -sS --max-time 10 -u "${client}:${secret}" -d grant_type=client_credentials "${ISSUER}/oauth2/token") ||
    { echo "no token for ${client} from ${ISSUER} (is dev-auth running?)" >&2; return 1; }
  sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' <<<"$out"
}

registration_json() {
  printf '{"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"AM","code":"B"}' "$SCHOOL_ID" "$PUPIL_ID" "$1"
}

print_commands() {
  local d
  local org
  echo "# Tokens (client credentials at the DEVELOPMENT ONLY authorisation server ${ISSUER}):"
  echo "token() { curl -sS -u \"\$1:\$2\" -d grant_type=client_credentials '${ISSUER}/oauth2/token' | sed -n 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/p'; }"
  echo "SOFTWARE=\$(token ${SOFTWARE_CLIENT} ${SOFTWARE_SECRET})"
  for org in "${INBOX_ORGS[@]}"; do
    echo "TOKEN_${org//-/_}=\$(token ${READER[$org]} ${ROLE_SECRET})"
  done
  echo "# Five unauthorised absences (code B) for ${PUPIL_ID} at ${SCHOOL_ID}, sent by the school's software:"
  while read -r d; do
    echo "curl -sS -X POST '${INGESTION_URL}/api/registrations' -H \"Authorization: Bearer \$SOFTWARE\" -H 'Content-Type: application/json' -d '$(registration_json "$d")'; echo"
  done < <(school_days)
  echo "# Give the events a few seconds to flow through risk-scoring and case-management, then:"
  echo "sleep 5"
  echo "curl -sS -H \"Authorization: Bearer \$TOKEN_${SCHOOL_ID//-/_}\" '${CASES_URL}/api/cases?schoolId=${SCHOOL_ID}'; echo"
  for org in "${INBOX_ORGS[@]}"; do
    echo "curl -sS -H \"Authorization: Bearer \$TOKEN_${org//-/_}\" '${INBOX_URL}/api/inbox?organisationId=${org}'; echo"
  done
}

# GET or POST with a bearer token, printing the request, the HTTP status and the body.
call() {
  local method=$1 url=$2 token=$3 body=${4:-} out code
  echo "> ${method} ${url}${body:+  ${body}}"
  if [[ -n $body ]]; then
    out=$(curl -sS --max-time 10 -X "$method" "$url" -H "Authorization: Bearer ${token}" \
      -H 'Content-Type: application/json' -d "$body" -w $'\n%{http_code}') || true
  else
    out=$(curl -sS --max-time 10 "$url" -H "Authorization: Bearer ${token}" -w $'\n%{http_code}') || true
  fi
  code=${out##*$'\n'}
  echo "< HTTP ${code:-none}  ${out%$'\n'*}"
  [[ $code == 2* ]]
}

run_flow() {
  local d failed=0 waited=0 cases software org
  local -A tokens=()
  echo "== Tokens from the development authorisation server ${ISSUER} (client credentials)"
  software=$(token_of "$SOFTWARE_CLIENT" "$SOFTWARE_SECRET")
  for org in "${INBOX_ORGS[@]}"; do
    tokens[$org]=$(token_of "${READER[$org]:?no demo reader for $org}" "$ROLE_SECRET")
    echo "   ${READER[$org]} reads for ${org}"
  done
  echo "== Registering five unauthorised absences for ${PUPIL_ID} at ${SCHOOL_ID} (as ${SOFTWARE_CLIENT})"
  while read -r d; do
    call POST "${INGESTION_URL}/api/registrations" "$software" "$(registration_json "$d")" || failed=1
  done < <(school_days)
  if ((failed)); then
    echo "!! at least one registration was refused (see above)" >&2
  fi

  echo "== Waiting up to ${WAIT_SECONDS}s for a case for ${SCHOOL_ID}"
  while ((waited < WAIT_SECONDS)); do
    cases=$(curl -sS --max-time 5 -H "Authorization: Bearer ${tokens[$SCHOOL_ID]}" \
      "${CASES_URL}/api/cases?schoolId=${SCHOOL_ID}" 2>/dev/null || true)
    if [[ -n $cases && $cases != "[]" && $cases == \[* ]]; then
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done

  echo "== Cases"
  call GET "${CASES_URL}/api/cases?schoolId=${SCHOOL_ID}" "${tokens[$SCHOOL_ID]}" || failed=1
  echo "== Inboxes"
  for org in "${INBOX_ORGS[@]}"; do
    call GET "${INBOX_URL}/api/inbox?organisationId=${org}" "${tokens[$org]}" || failed=1
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
