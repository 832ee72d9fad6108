package org.aanboord.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

import org.aanboord.synthetic.Region;
import org.aanboord.synthetic.RegionGenerator;
import org.aanboord.synthetic.RegionSpec;
import org.aanboord.synthetic.SyntheticRegistration;

/**
 * A live demo for a running {@code ./run-local.sh --live-demo}: a synthetic region's autumn term sent to the demo
 * school ({@link DemoSchool}) one school day at a time, every {@code perDay}, each day's registrations as the
 * school's software sends them (late ones and corrections on the day they are sent). While it runs the console,
 * the inboxes and the cases fill as the at-risk pupils' absences add up to the agreement's thresholds.
 */
final class LiveDemo {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 20);

    private LiveDemo() {
    }

    static void run(String ingestionUrl, int pupils, Duration perDay) throws Exception {
        Region region = RegionGenerator.generate(RegionSpec.ofPupils(Bench.intProperty("bench.seed", 42), pupils,
                FROM, UNTIL));
        Map<LocalDate, List<SyntheticRegistration>> bySendingDay = new TreeMap<>();
        region.attendance().forEachRemaining(registration -> bySendingDay
                .computeIfAbsent(registration.sentAt().toLocalDate(), day -> new ArrayList<>())
                .add(DemoSchool.enrolled(registration)));
        System.out.printf("live demo: %,d synthetic pupils as pupils of %s, %d school days from %s, one every %d s%n",
                pupils, DemoSchool.ID, bySendingDay.size(), FROM, perDay.toSeconds());
        long sent = 0;
        long next = System.nanoTime();
        try (LoadDriver driver = new LoadDriver(ingestionUrl, DemoSchool.software())) {
            for (Map.Entry<LocalDate, List<SyntheticRegistration>> day : bySendingDay.entrySet()) {
                sent += driver.batches(day.getValue().iterator(), 1_000, 1);
                System.out.printf("%s: %,d registrations sent (%,d in all)%n", day.getKey(), day.getValue().size(),
                        sent);
                next += perDay.toNanos();
                LockSupport.parkNanos(next - System.nanoTime());
            }
        }
        System.out.printf("live demo: the term is in (%,d registrations)%n", sent);
    }
}
