package org.aanboord.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.aanboord.contracts.Topic;
import org.aanboord.risk.application.RebuildState.RebuildReport;
import org.aanboord.synthetic.Region;
import org.aanboord.synthetic.RegionGenerator;
import org.aanboord.synthetic.RegionSpec;

/**
 * Replay: risk-scoring's rebuild of all scoring state from offset 0 into a new database ({@code RebuildState}, what
 * {@code POST /api/admin/rebuilds} runs) next to a plain Kafka consumer reading the registrations topic from offset 0,
 * in the same run on the same broker. Replays what the benchmarks before it left on the topics; run alone, it first
 * streams a region's autumn term (registrations through the batch API, then its signals) and waits until it is
 * scored. Each rate is also given per CPU-second of this JVM, which other work on the machine disturbs much less.
 */
final class ReplayBenchmark {

    private static final String REGISTRATIONS = Topic.ATTENDANCE_REGISTRATIONS.wireName();
    private static final String SIGNALS = Topic.ATTENDANCE_SIGNALS.wireName();
    private static final int SIGNAL_CLIENTS = 16;

    private final InJvmHub hub;

    ReplayBenchmark(InJvmHub hub) {
        this.hub = hub;
    }

    void run() throws Exception {
        if (hub.records(REGISTRATIONS) == 0 && !fill()) {
            return;
        }
        Report.section("Replay of the scoring state (%,d registrations and %,d signals on the topics)"
                .formatted(hub.records(REGISTRATIONS), hub.records(SIGNALS)));
        RawKafkaBaseline.Read raw = RawKafkaBaseline.readFromStart(hub.bootstrapServers(), REGISTRATIONS);
        long start = System.nanoTime();
        long cpu = Machine.cpuNanos();
        RebuildReport rebuilt = hub.rebuild("bench_replay_" + System.currentTimeMillis());
        RawKafkaBaseline.Read replay = new RawKafkaBaseline.Read(rebuilt.registrations() + rebuilt.signals(),
                System.nanoTime() - start, Machine.cpuNanos() - cpu);

        Report.figure("raw consumer, " + REGISTRATIONS + " from offset 0", raw.perSecond(), "records/s");
        Report.figure("raw consumer, per CPU-second", raw.perCpuSecond(), "records/CPU-s");
        Report.figure("replay into a new database (registrations and signals)", replay.perSecond(), "events/s");
        Report.figure("replay, per CPU-second", replay.perCpuSecond(), "events/CPU-s");
        Report.figure("replay / raw consumer", 100 * replay.perSecond() / raw.perSecond(), "%");
        Report.figure("replay / raw consumer, per CPU-second", 100 * replay.perCpuSecond() / raw.perCpuSecond(), "%");
        Report.note("rebuilt %,d agreement versions, %,d registrations, %,d signals (%,d unreadable, %,d unscorable)"
                .formatted(rebuilt.agreementVersions(), rebuilt.registrations(), rebuilt.signals(),
                        rebuilt.unreadable(), rebuilt.unscorable()));
    }

    /** Streams a region's autumn term, registrations and signals; false if scoring did not catch up in time. */
    private boolean fill() throws Exception {
        int pupils = Bench.intProperty("bench.replay.pupils", 20_000);
        Region region = RegionGenerator.generate(RegionSpec.ofPupils(Bench.intProperty("bench.seed", 42) + 2000L,
                pupils, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 20)));
        hub.publish(region.agreement());
        Report.section("Replay: filling the topics with the autumn term of %,d pupils (%,d schools) via the batch API"
                .formatted(pupils, region.schools().size()));
        long start = System.nanoTime();
        long rows;
        int signals;
        AtomicInteger refused = new AtomicInteger();
        try (LoadDriver driver = new LoadDriver(hub.ingestionUrl(), SchoolTokens.inJvm())) {
            rows = driver.batches(region.attendance(), Bench.intProperty("bench.batch", 1_000),
                    Bench.intProperty("bench.batch.clients", 4));
            signals = driver.closedLoopSignals(region.signals(), SchoolTokens.inJvmStaff(), SIGNAL_CLIENTS,
                    Duration.ofHours(1), (signal, status, due, answered) -> {
                        if (status / 100 != 2) {
                            refused.incrementAndGet();
                        }
                    });
        }
        Report.figure("registrations of the term (batch API)", rows, "");
        Report.figure("signals of the term (POST /api/signals)", signals, "");
        if (refused.get() > 0) {
            Report.note("%,d signals not accepted (non-2xx)".formatted(refused.get()));
        }
        boolean drained = hub.awaitDrained(Duration.ofSeconds(Bench.intProperty("bench.drain.seconds", 1_800)));
        if (drained) {
            Report.figure("ingested and scored after", (System.nanoTime() - start) / 1e9, "s");
        }
        return drained;
    }
}
