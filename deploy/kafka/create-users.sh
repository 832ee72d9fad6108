#!/bin/bash
# docker-compose's kafka-init, first step: writes the admin client settings the topic script uses, then creates or
# updates one SCRAM-SHA-512 user per service, named like the service, with the password from
# KAFKA_PASSWORD_<SERVICE> (e.g. KAFKA_PASSWORD_RISK_SCORING). Running it again sets the current passwords
# (rotation: docs/operations/kafka-and-mongodb-credentials.md).
set -euo pipefail
BOOTSTRAP=${KAFKA_BOOTSTRAP:-kafka:9092}
: "${KAFKA_ADMIN_PASSWORD:?}"
cat > /tmp/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
PROPERTIES
for service in stakeholder-agreements attendance-ingestion risk-scoring case-management notifications; do
  variable="KAFKA_PASSWORD_$(echo "${service//-/_}" | tr '[:lower:]' '[:upper:]')"
  password="${!variable:?set $variable}"
  /opt/kafka/bin/kafka-configs.sh --bootstrap-server "$BOOTSTRAP" --command-config /tmp/admin.properties --alter \
    --entity-type users --entity-name "$service" --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]" > /dev/null
  echo "kafka user ready: $service"
done
