{{/*
Autoscaling. With KEDA (global.autoscaling.keda): a ScaledObject on the consumer group's lag of the topics in
autoscaling.lagTopics, with a fixed replica count as fallback when the lag cannot be read; a service without lag
topics (the HTTP door) scales on CPU. CPU is not mixed with lag: KEDA's fallback does not apply to CPU triggers and
would override them. Without KEDA: a plain HPA on CPU. Either way maxReplicas must not exceed the partitions of the
topics the service consumes (deploy/deployment-tests checks it against deploy/topics.yaml).
*/}}
{{- define "aanboord-lib.autoscaling" -}}
{{- if include "aanboord-lib.autoscaled" . }}
{{- $a := .Values.autoscaling }}
{{- if .Values.global.autoscaling.keda }}
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: {{ include "aanboord-lib.name" . }}
  labels:
    {{- include "aanboord-lib.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    name: {{ include "aanboord-lib.name" . }}
  minReplicaCount: {{ $a.minReplicas }}
  maxReplicaCount: {{ $a.maxReplicas }}
  pollingInterval: 15
  cooldownPeriod: 300
  {{- if $a.lagTopics }}
  fallback:
    failureThreshold: 3
    replicas: {{ $a.fallbackReplicas | default $a.minReplicas }}
  {{- end }}
  triggers:
    {{- range $a.lagTopics }}
    - type: kafka
      metadata:
        bootstrapServers: {{ $.Values.global.kafka.bootstrapServers | quote }}
        consumerGroup: {{ include "aanboord-lib.name" $ | quote }}
        topic: {{ . | quote }}
        lagThreshold: {{ $a.lagThreshold | default 100 | quote }}
        offsetResetPolicy: earliest
        allowIdleConsumers: "false"
        {{- if $.Values.global.kafka.authentication.enabled }}
        sasl: scram_sha512
        tls: {{ if eq $.Values.global.kafka.authentication.securityProtocol "SASL_SSL" }}enable{{ else }}disable{{ end }}
      authenticationRef:
        name: {{ include "aanboord-lib.name" $ }}-kafka
        {{- end }}
    {{- end }}
    {{- if not $a.lagTopics }}
    - type: cpu
      metricType: Utilization
      metadata:
        value: {{ $a.cpuUtilization | default 70 | quote }}
    {{- end }}
{{- if and $a.lagTopics .Values.global.kafka.authentication.enabled }}
---
# KEDA reads the lag as the service's own KafkaUser, from the variables of the service's container.
apiVersion: keda.sh/v1alpha1
kind: TriggerAuthentication
metadata:
  name: {{ include "aanboord-lib.name" . }}-kafka
  labels:
    {{- include "aanboord-lib.labels" . | nindent 4 }}
spec:
  env:
    - parameter: username
      name: AANBOORD_KAFKA_USERNAME
    - parameter: password
      name: AANBOORD_KAFKA_PASSWORD
    {{- if eq .Values.global.kafka.authentication.securityProtocol "SASL_SSL" }}
    - parameter: ca
      name: SPRING_KAFKA_SSL_TRUST_STORE_CERTIFICATES
    {{- end }}
{{- end }}
{{- else }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "aanboord-lib.name" . }}
  labels:
    {{- include "aanboord-lib.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "aanboord-lib.name" . }}
  minReplicas: {{ $a.minReplicas }}
  maxReplicas: {{ $a.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $a.cpuUtilization | default 70 }}
{{- end }}
{{- end }}
{{- end -}}
