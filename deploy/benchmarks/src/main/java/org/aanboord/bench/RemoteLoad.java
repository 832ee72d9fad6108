package org.aanboord.bench;

import java.time.LocalDate;
import java.util.Iterator;

import org.aanboord.synthetic.PeakHalfDay;
import org.aanboord.synthetic.Region;
import org.aanboord.synthetic.RegionGenerator;
import org.aanboord.synthetic.RegionSpec;
import org.aanboord.synthetic.SyntheticRegistration;

/**
 * Load for a running {@code ./run-local.sh}: a peak half-day of synthetic pupils, sent as JSON batches to the
 * demo agreement's three schools (so no agreement has to be published into the running platform).
 */
final class RemoteLoad {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private RemoteLoad() {
    }

    static void run(String ingestionUrl, int pupils) throws Exception {
        Region region = RegionGenerator.generate(RegionSpec.ofPupils(Bench.intProperty("bench.seed", 42), pupils,
                LocalDate.of(2026, 9, 1), MONDAY));
        PeakHalfDay peak = new PeakHalfDay(region, MONDAY, "AM");
        Iterator<SyntheticRegistration> demoSchools = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return peak.hasNext();
            }

            @Override
            public SyntheticRegistration next() {
                SyntheticRegistration r = peak.next();
                String school = "school-demo-" + (1 + Math.floorMod(r.pupilId().hashCode(), 3));
                return new SyntheticRegistration(school, r.pupilId(), r.date(), r.halfDay(), r.code(), r.kind(),
                        r.sentAt());
            }
        };
        long start = System.nanoTime();
        long rows;
        try (LoadDriver driver = new LoadDriver(ingestionUrl)) {
            rows = driver.batches(demoSchools, Bench.intProperty("bench.batch", 1_000),
                    Bench.intProperty("bench.batch.clients", 4));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Report.section("Load against " + ingestionUrl);
        Report.figure("registrations acknowledged", rows, "");
        Report.figure("rate through the batch API", rows / seconds, "registrations/s");
    }
}
