package org.aanboord.endtoend;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A main class in a JVM of its own, started from this test's classpath, that a test can kill the hard way
 * ({@code SIGKILL}: no shutdown hooks, no offset commits, no flushing), freeze and thaw, and start again with the
 * same arguments. Its output goes to {@code target/fault-logs/<name>.log}.
 */
final class JvmProcess implements AutoCloseable {

    private final String name;
    private final List<String> command;
    private final Path log;
    private Process process;

    JvmProcess(String name, Class<?> mainClass, List<String> systemProperties, List<String> arguments) {
        this.name = name;
        List<String> all = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        all.addAll(systemProperties);
        all.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        all.addAll(arguments);
        this.command = List.copyOf(all);
        this.log = Path.of("target", "fault-logs", name + ".log");
    }

    void start() {
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Fails when the process is gone, pointing at its log. */
    void assertAlive() {
        if (!process.isAlive()) {
            throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
        }
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        await(name + " is dead").atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    /** SIGTERM, then waits until the process ran its shutdown hooks and is gone. */
    void stop() {
        process.destroy();
        await(name + " has stopped").atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
    }

    /** SIGSTOP: the JVM stays, with its connections and group membership, but does nothing until {@link #resume()}. */
    void pause() {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
            await("SIG" + signal + " sent to " + name).atMost(Duration.ofSeconds(10)).until(() -> !kill.isAlive());
            if (kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited " + kill.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal " + name, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();         // SIGKILL also ends a paused process
        }
    }
}
