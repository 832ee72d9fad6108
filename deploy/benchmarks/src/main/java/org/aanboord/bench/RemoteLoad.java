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
 * agreement's first school (so no agreement has to be published into the running platform), signed in as that
 * school's software at dev-auth ({@code bench.issuer}, default {@code http://localhost:9000}).
 */
final class RemoteLoad {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final String SCHOOL = "school-demo-1";

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
                SyntheticRegistration r = peak.next();
                return new SyntheticRegistration(SCHOOL, r.pupilId(), r.date(), r.halfDay(), r.code(), r.kind(),
                        r.sentAt());
            }
        };
        long start = System.nanoTime();
        long rows;
        SchoolTokens tokens = SchoolTokens.devAuth(System.getProperty("bench.issuer", "http://localhost:9000"),
                SCHOOL + "-software", System.getProperty("bench.software-secret", "dev-school-software-secret"));
        try (LoadDriver driver = new LoadDriver(ingestionUrl, tokens)) {
            rows = driver.batches(demoSchool, Bench.intProperty("bench.batch", 1_000),
                    Bench.intProperty("bench.batch.clients", 4));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Report.section("Load against " + ingestionUrl);
        Report.figure("registrations acknowledged", rows, "");
        Report.figure("rate through the batch API", rows / seconds, "registrations/s");
    }
}
