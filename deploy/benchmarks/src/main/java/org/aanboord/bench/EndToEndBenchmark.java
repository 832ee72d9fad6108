package org.aanboord.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.aanboord.synthetic.Region;
import org.aanboord.synthetic.RegionGenerator;
import org.aanboord.synthetic.RegionSpec;
import org.aanboord.synthetic.SyntheticRegistration;
import org.aanboord.synthetic.SyntheticSignal;

/**
 * End to end: a synthetic region's autumn term of registrations sent to the ingestion API, in turn: one by one at a
 * fixed offered load (default 2,000/s); at the same load as roll calls (every {@code bench.e2e.send.millis}, default
 * 100 ms, each school's rows due since the last send as one batch); one by one by closed-loop clients at saturation;
 * the rest of the term as school batches back to back; then the same term's other signals (report results, grade
 * repetitions, measures, concerns) one by one to {@code POST /api/signals}. For each phase: the rate accepted, the
 * rate until everything was scored and alerted (consumer lag zero), and for the first three HTTP latency and the
 * latency from the HTTP accept of the threshold-crossing B to the alert in the inbox.
 */
final class EndToEndBenchmark {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 20);

    private static final int CLIENTS = 64;

    private final InJvmHub hub;

    EndToEndBenchmark(InJvmHub hub) {
        this.hub = hub;
    }

    void run() throws Exception {
        int rate = Bench.intProperty("bench.rate", 2_000);
        int seconds = Bench.intProperty("bench.seconds", 30);
        int pupils = Bench.intProperty("bench.e2e.pupils", 40_000);
        Region region = RegionGenerator.generate(RegionSpec.ofPupils(Bench.intProperty("bench.seed", 42), pupils, FROM,
                UNTIL));
        hub.publish(region.agreement());
        List<SyntheticRegistration> all = new ArrayList<>();
        region.attendance().forEachRemaining(all::add);
        int fixedCount = Math.min(all.size() / 4, rate * seconds);
        Report.section("End to end, fixed offered load (%,d pupils, %,d schools, %,d registrations in the term)"
                .formatted(pupils, region.schools().size(), all.size()));
        AlertClock clock = new AlertClock(hub);
        try (LoadDriver driver = new LoadDriver(hub.ingestionUrl(), SchoolTokens.inJvm())) {
            Phase<SyntheticRegistration> fixed = new Phase<>(clock::accepted, "registrations/s");
            clock.reset();
            long start = System.nanoTime();
            driver.openLoop(all.subList(0, fixedCount), rate, 1_024, fixed);
            long sent = System.nanoTime();
            fixed.printAccepted(rate, start, sent);
            if (hub.awaitDrained(drainLimit())) {
                fixed.printDrained(start, System.nanoTime());
                Report.latencies("HTTP accept of the crossing B -> inbox alert", clock.samples());
            }

            Duration every = Duration.ofMillis(Bench.intProperty("bench.e2e.send.millis", 100));
            Report.section("End to end, fixed offered load as roll calls (each school's due rows as one batch every %d ms)"
                    .formatted(every.toMillis()));
            Phase<SyntheticRegistration> rollCalls = new Phase<>(clock::accepted, "registrations/s");
            clock.reset();
            start = System.nanoTime();
            driver.openLoopBatches(all.subList(fixedCount, 2 * fixedCount), rate, every, 256, rollCalls);
            sent = System.nanoTime();
            rollCalls.printAccepted(rate, start, sent);
            if (hub.awaitDrained(drainLimit())) {
                rollCalls.printDrained(start, System.nanoTime());
                Report.latencies("HTTP accept of the crossing B -> inbox alert", clock.samples());
            }

            Report.section("End to end, saturation (closed loop, %d clients)".formatted(CLIENTS));
            Phase<SyntheticRegistration> saturated = new Phase<>(clock::accepted, "registrations/s");
            clock.reset();
            start = System.nanoTime();
            int saturatedCount = driver.closedLoop(all.subList(2 * fixedCount, all.size()).iterator(), CLIENTS,
                    Duration.ofSeconds(seconds), saturated);
            sent = System.nanoTime();
            saturated.printAccepted(0, start, sent);
            if (hub.awaitDrained(drainLimit())) {
                saturated.printDrained(start, System.nanoTime());
                Report.latencies("HTTP accept of the crossing B -> inbox alert", clock.samples());
            }
            saturateWithBatches(all.subList(2 * fixedCount + saturatedCount, all.size()), driver);
            sendSignals(region, driver, seconds);
        }
    }

    /** The rest of the term as school batches back to back: the rate the hub carries when schools send in bulk. */
    private void saturateWithBatches(List<SyntheticRegistration> rest, LoadDriver driver) throws InterruptedException {
        int size = Bench.intProperty("bench.e2e.batch", 500);
        int clients = Bench.intProperty("bench.batch.clients", 4);
        Report.section(("End to end, saturation with batches (%,d registrations, up to %,d rows of one school per "
                + "request, %d clients)").formatted(rest.size(), size, clients));
        long start = System.nanoTime();
        long rows = driver.batches(rest.iterator(), size, clients);
        long sent = System.nanoTime();
        Report.figure("accepted by ingestion (durable on the broker)", rows / ((sent - start) / 1e9),
                "registrations/s");
        if (hub.awaitDrained(drainLimit())) {
            Report.figure("ingested, scored and alerted (until consumer lag 0)",
                    rows / ((System.nanoTime() - start) / 1e9), "registrations/s");
        }
    }

    /** The term's other signals, after its registrations (a pupil's results and concerns follow their absences). */
    private void sendSignals(Region region, LoadDriver driver, int seconds) throws InterruptedException {
        List<SyntheticSignal> signals = new ArrayList<>();
        region.signals().forEachRemaining(signals::add);
        Report.section("End to end, other signals (%,d in the term; POST /api/signals, closed loop, %d clients)"
                .formatted(signals.size(), CLIENTS));
        Phase<SyntheticSignal> phase = new Phase<>((signal, status, answered) -> { }, "signals/s");
        long start = System.nanoTime();
        driver.closedLoopSignals(signals.iterator(), SchoolTokens.inJvmStaff(), CLIENTS, Duration.ofSeconds(seconds),
                phase);
        phase.printAccepted(0, start, System.nanoTime());
        if (hub.awaitDrained(drainLimit())) {
            phase.printDrained(start, System.nanoTime());
        }
    }

    private static Duration drainLimit() {
        return Duration.ofSeconds(Bench.intProperty("bench.drain.seconds", 600));
    }

    /** What else to tell of an answer: the alert clock for registrations. */
    private interface Accepted<T> {
        void accepted(T item, int status, long answeredNanos);
    }

    /** The answers of one phase. */
    private static final class Phase<T> implements LoadDriver.Listener<T> {

        private final Accepted<T> accepted;
        private final String unit;
        private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<Long> httpNanos = new ConcurrentLinkedQueue<>();

        Phase(Accepted<T> accepted, String unit) {
            this.accepted = accepted;
            this.unit = unit;
        }

        @Override
        public void answered(T item, int status, long dueNanos, long answeredNanos) {
            statuses.merge(status, 1, Integer::sum);
            httpNanos.add(answeredNanos - dueNanos);
            accepted.accepted(item, status, answeredNanos);
        }

        /** Printed before waiting for the consumers, so a run cut short still shows what ingestion did. */
        void printAccepted(int offered, long start, long sent) {
            int answered = statuses.values().stream().mapToInt(Integer::intValue).sum();
            if (offered > 0) {
                Report.figure("offered", offered, unit);
            }
            Report.figure("accepted by ingestion (2xx, durable on the broker)", ok() / ((sent - start) / 1e9), unit);
            Report.note("answers: " + new TreeMap<>(statuses) + " of " + answered);
            Report.latencies("HTTP latency (from when due)", httpNanos.stream().mapToLong(Long::longValue).toArray());
        }

        void printDrained(long start, long drained) {
            Report.figure("ingested, scored and alerted (until consumer lag 0)", ok() / ((drained - start) / 1e9),
                    unit);
        }

        private int ok() {
            return statuses.getOrDefault(202, 0) + statuses.getOrDefault(200, 0);
        }
    }
}
