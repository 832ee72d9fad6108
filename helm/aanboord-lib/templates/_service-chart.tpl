{{/* Everything one service needs; a service chart's only template is: {{ include "aanboord-lib.service-chart" . }} */}}
{{- define "aanboord-lib.service-chart" -}}
{{ include "aanboord-lib.configmap" . }}
---
{{ include "aanboord-lib.deployment" . }}
---
{{ include "aanboord-lib.service" . }}
---
{{ include "aanboord-lib.pdb" . }}
---
{{ include "aanboord-lib.networkpolicy" . }}
{{- with include "aanboord-lib.servicemonitor" . }}
---
{{ . }}
{{- end }}
{{- with include "aanboord-lib.autoscaling" . }}
---
{{ . }}
{{- end }}
{{- end -}}
