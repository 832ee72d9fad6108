{{- define "aanboord-lib.servicemonitor" -}}
{{- if .Values.global.serviceMonitor.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "aanboord-lib.name" . }}
  labels:
    {{- include "aanboord-lib.labels" . | nindent 4 }}
    {{- with .Values.global.serviceMonitor.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      {{- include "aanboord-lib.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: http
      path: /actuator/prometheus
      interval: {{ .Values.global.serviceMonitor.interval | default "30s" }}
{{- end }}
{{- end -}}
