#!/bin/bash
# Container health = the actuator's readiness group. Plain bash, so the image needs neither curl nor wget.
exec 3<>"/dev/tcp/127.0.0.1/${PORT:-8080}" || exit 1
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
IFS= read -r -t 3 status <&3 || exit 1
[[ $status == *" 200"* ]]
