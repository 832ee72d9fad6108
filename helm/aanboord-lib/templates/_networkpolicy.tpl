{{/*
Ingress: HTTP only, from the namespaces the values allow (ingress controller, monitoring) and from this namespace.
Egress: DNS, the OIDC issuer (JWKS; the console's token endpoint), Kafka and MongoDB for the services that use them,
and the extra ports a service needs (e.g. SMTP for notifications); nothing else.
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
        - port: {{ required "global.networkPolicy.issuerPort is required" .Values.global.networkPolicy.issuerPort }}
          protocol: TCP
        {{- if .Values.kafka }}
        {{- range .Values.global.networkPolicy.kafkaPorts }}
        - port: {{ . }}
          protocol: TCP
        {{- end }}
        {{- end }}
        {{- if .Values.mongodb }}
        - port: {{ .Values.global.networkPolicy.mongodbPort }}
          protocol: TCP
        {{- end }}
        {{- range .Values.extraEgressPorts }}
        - port: {{ . }}
          protocol: TCP
        {{- end }}
{{- end -}}
