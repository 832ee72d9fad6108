#!/bin/sh
# docker-compose's mongo-keyfile: makes the replica set's internal authentication key once (members of a replica set
# with access control authenticate to each other with it). It is generated here, on the volume, never committed.
set -eu
if [ ! -s /keyfile/key ]; then
  head -c 756 /dev/urandom | base64 -w 0 > /keyfile/key
  echo "replica set key created"
fi
chown 999:999 /keyfile/key
chmod 400 /keyfile/key
