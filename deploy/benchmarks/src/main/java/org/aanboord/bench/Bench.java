package org.aanboord.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * Runs one benchmark in this JVM: {@code raw}, {@code end-to-end}, {@code flanders-morning}, {@code replay} or
 * {@code all}, each next to the raw broker baseline measured in the same run, on the same broker; or, against a
 * running {@code ./run-local.sh}, {@code remote-load <url>} (see footprint.sh) or {@code live-demo <url>} (a synthetic
 * term, a school day every {@code bench.demo.seconds-per-day}, default 3). Tunables are system
 * properties: bench.rate (2000), bench.seconds (30), bench.pupils (for flanders-morning, 100000),
 * bench.replay.pupils (for replay run alone, 20000), bench.seed (42).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "all";
        System.out.println(Machine.describe());
        if ("remote-load".equals(which)) {
            RemoteLoad.run(args.length > 1 ? args[1] : "http://localhost:8081", intProperty("bench.pupils", 100_000));
            return;
        }
        if ("live-demo".equals(which)) {
            LiveDemo.run(args.length > 1 ? args[1] : "http://localhost:8081", intProperty("bench.pupils", 300),
                    Duration.ofSeconds(intProperty("bench.demo.seconds-per-day", 3)));
            return;
        }
        try (InJvmHub hub = InJvmHub.start()) {
            RawKafkaBaseline.Result raw = RawKafkaBaseline.measure(hub.bootstrapServers(), 300_000);
            Report.section("Raw Kafka baseline (same broker, same JVM)");
            raw.print();
            switch (which) {
                case "raw" -> { }
                case "end-to-end" -> new EndToEndBenchmark(hub).run();
                case "flanders-morning" -> new FlandersMorningBenchmark(hub, raw).run();
                case "replay" -> new ReplayBenchmark(hub).run();
                case "all" -> {
                    new EndToEndBenchmark(hub).run();
                    new FlandersMorningBenchmark(hub, raw).run();
                    new ReplayBenchmark(hub).run();
                }
                default -> throw new IllegalArgumentException("unknown benchmark " + which
                        + "; use raw, end-to-end, flanders-morning, replay or all");
            }
        }
        System.exit(0);
    }

    static int intProperty(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    }
}
