#!/bin/bash
# docker-compose's kafka-format: formats the broker's (empty) log dir once, with the broker's own SCRAM user `admin`,
# before the broker first starts (KRaft keeps SCRAM credentials in its metadata log, so the first user must be in the
# formatted storage). A formatted log dir is left as it is: later password changes go through kafka-init
# (docs/operations/kafka-and-mongodb-credentials.md). Runs in the apache/kafka image with the kafka-data volume.
set -euo pipefail
: "${CLUSTER_ID:?}" "${KAFKA_ADMIN_PASSWORD:?}"
cat > /tmp/format.properties <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:9093
controller.listener.names=CONTROLLER
listeners=INTERNAL://:9092,CONTROLLER://localhost:9093
listener.security.protocol.map=INTERNAL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=INTERNAL
log.dirs=/var/lib/kafka/data
PROPERTIES
/opt/kafka/bin/kafka-storage.sh format --config /tmp/format.properties --cluster-id "$CLUSTER_ID" --ignore-formatted \
  --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]"
