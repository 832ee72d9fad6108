package org.aanboord.bench;

import java.util.Arrays;

/** Prints figures in one greppable format: {@code figure: value unit}. */
final class Report {

    private Report() {
    }

    static void section(String title) {
        System.out.println();
        System.out.println("== " + title + " (" + Machine.load() + ")");
    }

    static void figure(String name, double value, String unit) {
        System.out.printf("  %-58s %,14.1f %s%n", name + ":", value, unit);
    }

    static void note(String text) {
        System.out.println("  " + text);
    }

    /** p50/p95/p99/max of latencies in nanoseconds, printed in milliseconds. */
    static void latencies(String name, long[] nanos) {
        if (nanos.length == 0) {
            note(name + ": no samples");
            return;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-58s p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms (n=%d)%n", name + ":",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
