{{/*
Ingress: HTTP only, from the namespaces the values allow (ingress controller, monitoring) and from this namespace.
Egress: DNS, Kafka, MongoDB and the extra ports a service needs (e.g. SMTP for notifications); nothing else.
*/}}
{{- define "aanboord-lib.networkpolicy" -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "aanboord-lib.name" . }}
  labels:
    {{- include "aanboord-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "aanboord-lib.selectorLabels" . | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    - ports:
        - port: http
          protocol: TCP
      from:
        - podSelector: {}
        {{- range .Values.global.networkPolicy.ingressNamespaces }}
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ . }}
        {{- end }}
  egress:
    - ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    - ports:
        {{- range .Values.global.networkPolicy.kafkaPorts }}
        - port: {{ . }}
          protocol: TCP
        {{- end }}
        - port: {{ .Values.global.networkPolicy.mongodbPort }}
          protocol: TCP
        {{- range .Values.extraEgressPorts }}
        - port: {{ . }}
          protocol: TCP
        {{- end }}
{{- end -}}
