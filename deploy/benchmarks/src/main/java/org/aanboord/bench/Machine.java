package org.aanboord.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a figure was measured on: cores, memory, JVM, load; the CPU time this JVM used. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return "machine: %d cores, %s total memory, Java %s (%s), max heap %d MiB, %s".formatted(
                Runtime.getRuntime().availableProcessors(), totalMemory(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20, load());
    }

    /** Other work on the machine skews every figure: the load average says how much there was. */
    static String load() {
        try {
            String[] averages = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + averages[0] + " " + averages[1] + " " + averages[2];
        } catch (IOException e) {
            return "load average ?";
        }
    }

    /** CPU time this JVM has used so far, every thread: broker, store, services and load generator together. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String totalMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .map(line -> (Long.parseLong(line.replaceAll("[^0-9]", "")) >> 20) + " GiB").findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
