{{/* At most one instance down during voluntary disruptions (node drains, upgrades). */}}
{{- define "aanboord-lib.pdb" -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "aanboord-lib.name" . }}
  labels:
    {{- include "aanboord-lib.labels" . | nindent 4 }}
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      {{- include "aanboord-lib.selectorLabels" . | nindent 6 }}
{{- end -}}
