#!/usr/bin/env bash
# Builds the image of every service and the console (or of the ones named) with the names and tags from .env.
#   deploy/docker/build-images.sh [service ...]
# Push with: docker push "${AANBOORD_REGISTRY}/<service>:${AANBOORD_IMAGE_TAG}"
set -euo pipefail
cd "$(dirname "$0")/../.."
set -a; source .env; set +a
services=("$@")
((${#services[@]})) || services=(stakeholder-agreements attendance-ingestion risk-scoring case-management notifications hub-console)
for service in "${services[@]}"; do
  DOCKER_BUILDKIT=1 docker build -f deploy/docker/Dockerfile \
    --build-arg "SERVICE=$service" --build-arg "JDK_IMAGE=$JDK_IMAGE" --build-arg "JRE_IMAGE=$JRE_IMAGE" \
    -t "$AANBOORD_REGISTRY/$service:$AANBOORD_IMAGE_TAG" .
done
