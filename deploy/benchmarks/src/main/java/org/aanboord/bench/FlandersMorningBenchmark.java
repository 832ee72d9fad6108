package org.aanboord.bench;

import java.time.Duration;
import java.time.LocalDate;

import org.aanboord.synthetic.PeakHalfDay;
import org.aanboord.synthetic.Region;
import org.aanboord.synthetic.RegionGenerator;
import org.aanboord.synthetic.RegionSpec;

/**
 * "Flanders morning": one registration for every pupil of a region for one half-day, sent as JSON batches, timed
 * until every one is scored. Run at the scale that fits the machine (bench.pupils) and extrapolated linearly to
 * Flanders' 1.2 million pupils next to the raw producer rate of the same run.
 */
final class FlandersMorningBenchmark {

    private static final int FLANDERS = 1_200_000;
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private final InJvmHub hub;
    private final RawKafkaBaseline.Result raw;

    FlandersMorningBenchmark(InJvmHub hub, RawKafkaBaseline.Result raw) {
        this.hub = hub;
        this.raw = raw;
    }

    void run() throws Exception {
        int pupils = Bench.intProperty("bench.pupils", 100_000);
        int batchSize = Bench.intProperty("bench.batch", 1_000);
        int clients = Bench.intProperty("bench.batch.clients", 4);
        Region region = RegionGenerator.generate(RegionSpec.ofPupils(Bench.intProperty("bench.seed", 42) + 1000L,
                pupils, LocalDate.of(2026, 9, 1), MONDAY));
        hub.publish(region.agreement());
        Report.section("Flanders morning at %,d pupils (%,d schools), batches of %,d rows from %d clients"
                .formatted(pupils, region.schools().size(), batchSize, clients));
        long start = System.nanoTime();
        long rows;
        try (LoadDriver driver = new LoadDriver(hub.ingestionUrl(), SchoolTokens.inJvm())) {
            rows = driver.batches(new PeakHalfDay(region, MONDAY, "AM"), batchSize, clients);
        }
        long ingested = System.nanoTime();
        double ingestSeconds = (ingested - start) / 1e9;
        Report.figure("registrations of the half-day", rows, "");
        Report.figure("ingestion through the batch API (acknowledged)", rows / ingestSeconds, "registrations/s");
        Report.figure("raw producer, same broker, same run", raw.producedPerSecond(), "records/s");
        Report.figure("all ingested after", ingestSeconds, "s");
        if (!hub.awaitDrained(Duration.ofSeconds(Bench.intProperty("bench.drain.seconds", 1_800)))) {
            return;
        }
        double scoredSeconds = (System.nanoTime() - start) / 1e9;
        Report.figure("all scored, cases and alerts done after", scoredSeconds, "s");
        Report.figure("end to end", rows / scoredSeconds, "registrations/s");
        Report.figure("extrapolated to 1.2 million registrations (linear)", scoredSeconds * FLANDERS / rows, "s");
    }
}
