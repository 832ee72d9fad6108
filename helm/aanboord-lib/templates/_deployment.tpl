{{- define "aanboord-lib.deployment" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "aanboord-lib.name" . }}
  labels:
    {{- include "aanboord-lib.labels" . | nindent 4 }}
spec:
  {{- if not (include "aanboord-lib.autoscaled" .) }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  selector:
    matchLabels:
      {{- include "aanboord-lib.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "aanboord-lib.labels" . | nindent 8 }}
      annotations:
        checksum/config: {{ include "aanboord-lib.configmap" . | sha256sum }}
    spec:
      automountServiceAccountToken: false
      enableServiceLinks: false
      terminationGracePeriodSeconds: 40
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        runAsGroup: 10001
        fsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "aanboord-lib.selectorLabels" . | nindent 14 }}
      containers:
        - name: {{ include "aanboord-lib.name" . }}
          image: {{ include "aanboord-lib.image" . | quote }}
          imagePullPolicy: {{ .Values.global.image.pullPolicy | default "IfNotPresent" }}
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "aanboord-lib.name" . }}
          env:
            {{- if .Values.mongodb }}
            - name: MONGODB_URI
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.global.mongodb.uriSecret.name }}
                  key: {{ .Values.global.mongodb.uriSecret.key }}
            {{- if .Values.global.mongodb.authentication.enabled }}
            - name: SPRING_MONGODB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.global.mongodb.authentication.credentialsSecretPrefix }}{{ include "aanboord-lib.name" . }}
                  key: password
            {{- end }}
            {{- end }}
            {{- if and .Values.kafka .Values.global.kafka.authentication.enabled }}
            # Written by Strimzi's User Operator for the KafkaUser of this service.
            - name: AANBOORD_KAFKA_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ include "aanboord-lib.name" . }}
                  key: password
            {{- if eq .Values.global.kafka.authentication.securityProtocol "SASL_SSL" }}
            - name: SPRING_KAFKA_SSL_TRUST_STORE_CERTIFICATES
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.global.kafka.authentication.caSecret.name }}
                  key: {{ .Values.global.kafka.authentication.caSecret.key }}
            {{- end }}
            {{- end }}
            {{- range .Values.secretEnv }}
            - name: {{ .name }}
              valueFrom:
                secretKeyRef:
                  name: {{ .secret }}
                  key: {{ .key }}
            {{- end }}
          securityContext:
            runAsNonRoot: true
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: [ALL]
          startupProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: 5
            failureThreshold: 36
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: http
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: 3
          resources:
            {{- required "resources are required" .Values.resources | toYaml | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
{{- end -}}
