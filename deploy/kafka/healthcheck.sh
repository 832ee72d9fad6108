#!/bin/bash
# docker-compose's healthcheck of the broker: an API-versions request on the SASL listener as the broker's admin user.
set -euo pipefail
cat > /tmp/health.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$AANBOORD_KAFKA_ADMIN_PASSWORD";
PROPERTIES
exec /opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 --command-config /tmp/health.properties > /dev/null
