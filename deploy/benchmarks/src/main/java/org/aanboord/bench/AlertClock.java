package org.aanboord.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.aanboord.notifications.application.AlertPosted;
import org.aanboord.synthetic.SyntheticRegistration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Times absence to alert: when ingestion accepts a B it notes the time per pupil; when notifications posts a new
 * alert to an inbox (the event that also feeds the live console), the latency is taken from the latest accepted B
 * of that pupil, which is the registration that crossed the rule's threshold.
 */
final class AlertClock {

    private final InJvmHub hub;
    private final Map<String, String> pseudonyms = new ConcurrentHashMap<>();
    private final Map<String, Long> lastProblematicAccepted = new ConcurrentHashMap<>();
    private final Set<String> seenAlerts = ConcurrentHashMap.newKeySet();
    private final List<Long> latencies = new ArrayList<>();
    private volatile boolean recording;

    AlertClock(InJvmHub hub) {
        this.hub = hub;
        ConfigurableApplicationContext notifications = hub.notifications();
        notifications.addApplicationListener((ApplicationListener<PayloadApplicationEvent<?>>) event -> {
            if (event.getPayload() instanceof AlertPosted alert) {
                posted(alert.alert().id(), alert.alert().pupilPseudonym());
            }
        });
    }

    void accepted(SyntheticRegistration registration, int status, long answeredNanos) {
        if (status == 202 && "B".equals(registration.code())) {
            String pseudonym = pseudonyms.computeIfAbsent(registration.schoolId() + "/" + registration.pupilId(),
                    key -> hub.pseudonymOf(registration.schoolId(), registration.pupilId()));
            lastProblematicAccepted.put(pseudonym, answeredNanos);
        }
    }

    /** Starts a fresh series of samples. */
    synchronized void reset() {
        latencies.clear();
        recording = true;
    }

    synchronized long[] samples() {
        return latencies.stream().mapToLong(Long::longValue).toArray();
    }

    private void posted(String alertId, String pseudonym) {
        long now = System.nanoTime();
        if (!recording || !seenAlerts.add(alertId)) {
            return;
        }
        Long accepted = lastProblematicAccepted.get(pseudonym);
        if (accepted != null && accepted <= now) {
            synchronized (this) {
                latencies.add(now - accepted);
            }
        }
    }
}
