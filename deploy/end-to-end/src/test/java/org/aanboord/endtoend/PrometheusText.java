package org.aanboord.endtoend;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** A service's {@code /actuator/prometheus} page, read as a user of Prometheus would read it. */
record PrometheusText(String text) {

    /** The sum of a metric's samples whose labels include every given {@code name="value"} pair. */
    double sum(String metric, String... labels) {
        return text.lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Every metric name with at least one sample. */
    Set<String> metrics() {
        Set<String> names = new TreeSet<>();
        text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0])
                .forEach(names::add);
        return names;
    }
}
