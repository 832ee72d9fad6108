#!/bin/bash
# docker-compose's kafka-init: creates (or brings up to date) every topic of deploy/topics.yaml, then exits 0.
# Runs in the apache/kafka image with topics.yaml and topics.awk mounted under /topics, after create-users.sh wrote
# the admin client settings to /tmp/admin.properties.
set -euo pipefail
BOOTSTRAP=${KAFKA_BOOTSTRAP:-kafka:9092}
REPLICATION_FACTOR=${TOPIC_REPLICATION_FACTOR:-1}
BIN=/opt/kafka/bin
ADMIN=(--bootstrap-server "$BOOTSTRAP" --command-config /tmp/admin.properties)

awk -f /topics/topics.awk /topics/topics.yaml | while read -r name partitions config; do
  args=("${ADMIN[@]}" --create --if-not-exists --topic "$name"
        --partitions "$partitions" --replication-factor "$REPLICATION_FACTOR")
  IFS=',' read -ra configs <<< "$config"
  for entry in "${configs[@]}"; do args+=(--config "$entry"); done
  "$BIN/kafka-topics.sh" "${args[@]}"
  # An existing topic gets the configs of topics.yaml; partitions only grow by hand (docs/operations/scale-out.md).
  "$BIN/kafka-configs.sh" "${ADMIN[@]}" --alter --entity-type topics --entity-name "$name" \
    --add-config "$config" > /dev/null
  echo "topic ready: $name ($partitions partitions; $config)"
done
