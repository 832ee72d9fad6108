{{- define "aanboord-lib.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "aanboord-lib.name" . }}
  labels:
    {{- include "aanboord-lib.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "aanboord-lib.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
{{- end -}}
