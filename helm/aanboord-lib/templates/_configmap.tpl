{{- define "aanboord-lib.configmap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "aanboord-lib.name" . }}
  labels:
    {{- include "aanboord-lib.labels" . | nindent 4 }}
data:
  PORT: "8080"
  {{- if .Values.kafka }}
  KAFKA_BOOTSTRAP: {{ required "global.kafka.bootstrapServers is required" .Values.global.kafka.bootstrapServers | quote }}
  {{- with .Values.global.kafka.authentication }}
  {{- if .enabled }}
  AANBOORD_KAFKA_USERNAME: {{ include "aanboord-lib.name" $ | quote }}
  AANBOORD_KAFKA_SECURITY_PROTOCOL: {{ .securityProtocol | quote }}
  {{- if eq .securityProtocol "SASL_SSL" }}
  SPRING_KAFKA_SSL_TRUST_STORE_TYPE: "PEM"
  {{- end }}
  {{- end }}
  {{- end }}
  {{- end }}
  {{- if and .Values.mongodb .Values.global.mongodb.authentication.enabled }}
  SPRING_MONGODB_USERNAME: {{ include "aanboord-lib.name" . | quote }}
  {{- end }}
  AANBOORD_ISSUER_URI: {{ required "global.auth.issuerUri is required (the region's OIDC issuer)" .Values.global.auth.issuerUri | quote }}
  {{- with .Values.global.auth.endSessionUri }}
  AANBOORD_END_SESSION_URI: {{ . | quote }}
  {{- end }}
  LOGGING_STRUCTURED_FORMAT_CONSOLE: {{ .Values.global.logFormat | default "ecs" | quote }}
  JAVA_TOOL_OPTIONS: {{ .Values.javaToolOptions | default "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp -Duser.home=/tmp" | quote }}
  {{- range $name, $value := .Values.env }}
  {{ $name }}: {{ $value | quote }}
  {{- end }}
{{- end -}}
