package org.aanboord.bench;

import java.time.LocalDate;
import java.util.Iterator;

import org.aanboord.synthetic.PeakHalfDay;
import org.aanboord.synthetic.Region;
import org.aanboord.synthetic.RegionGenerator;
import org.aanboord.synthetic.RegionSpec;
import org.aanboord.synthetic.SyntheticRegistration;

/**
 * Load for a running {@code ./run-local.sh}: a peak half-day of synthetic pupils, sent as JSON batches for the demo
 * school ({@link DemoSchool}), signed in as that school's software at dev-auth.
 */
final class RemoteLoad {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private RemoteLoad() {
    }

    static void run(String ingestionUrl, int pupils) throws Exception {
        Region region = RegionGenerator.generate(RegionSpec.ofPupils(Bench.intProperty("bench.seed", 42), pupils,
                LocalDate.of(2026, 9, 1), MONDAY));
        PeakHalfDay peak = new PeakHalfDay(region, MONDAY, "AM");
        Iterator<SyntheticRegistration> demoSchool = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return peak.hasNext();
            }

            @Override
            public SyntheticRegistration next() {
                return DemoSchool.enrolled(peak.next());
            }
        };
        long start = System.nanoTime();
        long rows;
        try (LoadDriver driver = new LoadDriver(ingestionUrl, DemoSchool.software())) {
            rows = driver.batches(demoSchool, Bench.intProperty("bench.batch", 1_000),
                    Bench.intProperty("bench.batch.clients", 4));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Report.section("Load against " + ingestionUrl);
        Report.figure("registrations acknowledged", rows, "");
        Report.figure("rate through the batch API", rows / seconds, "registrations/s");
    }
}
