{{/* Names and labels. A service chart's values name the service once: .Values.service. */}}

{{- define "aanboord-lib.name" -}}
{{- required "values.service names the service" .Values.service -}}
{{- end -}}

{{- define "aanboord-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ include "aanboord-lib.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "aanboord-lib.labels" -}}
{{ include "aanboord-lib.selectorLabels" . }}
app.kubernetes.io/part-of: aanboord
app.kubernetes.io/version: {{ include "aanboord-lib.tag" . | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* The image tag: global.image.tag, the one place (docs/adr/0006). Never "latest". */}}
{{- define "aanboord-lib.tag" -}}
{{- $tag := required "global.image.tag is required" ((.Values.global).image).tag | toString -}}
{{- if eq $tag "latest" -}}
{{- fail "global.image.tag must name a release, not latest" -}}
{{- end -}}
{{- $tag -}}
{{- end -}}

{{- define "aanboord-lib.image" -}}
{{- printf "%s/%s:%s" (required "global.image.registry is required" .Values.global.image.registry) (include "aanboord-lib.name" .) (include "aanboord-lib.tag" .) -}}
{{- end -}}

{{/* Whether this service scales on its own (KEDA or HPA) rather than on replicaCount. */}}
{{- define "aanboord-lib.autoscaled" -}}
{{- if and .Values.autoscaling .Values.autoscaling.enabled -}}true{{- end -}}
{{- end -}}
