package org.aanboord.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.aanboord.synthetic.SyntheticRegistration;
import org.aanboord.synthetic.SyntheticSignal;

/**
 * Sends registrations and signals to the ingestion API. Open loop: at a fixed rate, each request's latency counted
 * from when it was due (so a stalled server cannot hide its backlog). Closed loop: N clients back to back, for
 * saturation.
 */
final class LoadDriver implements AutoCloseable {

    /** What happened to one request about {@code item}; times from {@link System#nanoTime()}. */
    interface Listener<T> {
        void answered(T item, int status, long dueNanos, long answeredNanos);
    }

    private static final Pattern REFUSED_LINE = Pattern.compile("\"line\":(\\d+)");

    private final ExecutorService callbacks = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI single;
    private final URI batch;
    private final URI signal;
    private final SchoolTokens tokens;

    LoadDriver(String ingestionUrl, SchoolTokens tokens) {
        single = URI.create(ingestionUrl + "/api/registrations");
        batch = URI.create(ingestionUrl + "/api/registrations/batch");
        signal = URI.create(ingestionUrl + "/api/signals");
        this.tokens = tokens;
    }

    /** Offers {@code registrations} at {@code perSecond}, at most {@code maxInFlight} outstanding; returns when all answered. */
    void openLoop(List<SyntheticRegistration> registrations, double perSecond, int maxInFlight,
            Listener<SyntheticRegistration> listener)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(maxInFlight);
        long start = System.nanoTime();
        for (int i = 0; i < registrations.size(); i++) {
            long due = due(start, i, perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            SyntheticRegistration registration = registrations.get(i);
            http.sendAsync(post(single, tokens, registration.schoolId(), registration.toJson()),
                    HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        listener.answered(registration, error == null ? response.statusCode() : -1, due, System.nanoTime());
                        inFlight.release();
                    });
        }
        inFlight.acquire(maxInFlight);
    }

    /**
     * Offers {@code registrations} at {@code perSecond} the way school software sends a roll call: every
     * {@code every}, one batch per school of its rows that fell due since the last send, at most {@code maxInFlight}
     * batches outstanding. Each row's latency counts from when it was due, so the wait for the next send is in it.
     * A row the batch report lists as refused counts as 422, the others as 202.
     */
    void openLoopBatches(List<SyntheticRegistration> registrations, double perSecond, Duration every, int maxInFlight,
            Listener<SyntheticRegistration> listener) throws InterruptedException {
        Semaphore inFlight = new Semaphore(maxInFlight);
        long start = System.nanoTime();
        int next = 0;
        for (long tick = start; next < registrations.size(); tick += every.toNanos()) {
            long wait = tick - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Map<String, List<Integer>> dueBySchool = new LinkedHashMap<>();
            while (next < registrations.size() && due(start, next, perSecond) <= tick) {
                dueBySchool.computeIfAbsent(registrations.get(next).schoolId(), school -> new ArrayList<>()).add(next);
                next++;
            }
            for (Map.Entry<String, List<Integer>> school : dueBySchool.entrySet()) {
                inFlight.acquire();
                List<Integer> rows = school.getValue();
                String body = rows.stream().map(i -> registrations.get(i).toJson())
                        .collect(Collectors.joining(",", "[", "]"));
                http.sendAsync(post(batch, tokens, school.getKey(), body), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, error) -> {
                            long answered = System.nanoTime();
                            Set<Integer> refused = error == null ? refusedLines(response.body()) : Set.of();
                            for (int line = 1; line <= rows.size(); line++) {
                                int row = rows.get(line - 1);
                                int status = error != null ? -1 : response.statusCode() != 200 ? response.statusCode()
                                        : refused.contains(line) ? 422 : 202;
                                listener.answered(registrations.get(row), status, due(start, row, perSecond), answered);
                            }
                            inFlight.release();
                        });
            }
        }
        inFlight.acquire(maxInFlight);
    }

    private static long due(long start, int index, double perSecond) {
        return start + (long) (index * 1e9 / perSecond);
    }

    /** The lines a batch report lists in its errors. */
    private static Set<Integer> refusedLines(String report) {
        Set<Integer> lines = new HashSet<>();
        Matcher line = REFUSED_LINE.matcher(report);
        while (line.find()) {
            lines.add(Integer.parseInt(line.group(1)));
        }
        return lines;
    }

    /** {@code clients} senders back to back until the registrations run out or {@code limit} has passed. */
    int closedLoop(Iterator<SyntheticRegistration> registrations, int clients, Duration limit,
            Listener<SyntheticRegistration> listener) throws InterruptedException {
        return closedLoop(registrations, single, tokens, SyntheticRegistration::schoolId, SyntheticRegistration::toJson,
                clients, limit, listener);
    }

    /**
     * {@code clients} senders of {@code POST /api/signals} back to back until the signals run out or {@code limit}
     * has passed, as the school's staff ({@code staff}: the software may send attendance only).
     */
    int closedLoopSignals(Iterator<SyntheticSignal> signals, SchoolTokens staff, int clients, Duration limit,
            Listener<SyntheticSignal> listener) throws InterruptedException {
        return closedLoop(signals, signal, staff, SyntheticSignal::schoolId, SyntheticSignal::toJson, clients, limit,
                listener);
    }

    private <T> int closedLoop(Iterator<T> items, URI uri, SchoolTokens by, Function<T, String> schoolOf,
            Function<T, String> json, int clients, Duration limit, Listener<T> listener) throws InterruptedException {
        AtomicInteger sent = new AtomicInteger();
        long deadline = System.nanoTime() + limit.toNanos();
        Thread[] workers = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            workers[c] = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    T item;
                    synchronized (items) {
                        if (!items.hasNext()) {
                            return;
                        }
                        item = items.next();
                    }
                    long due = System.nanoTime();
                    int status;
                    try {
                        status = http.send(post(uri, by, schoolOf.apply(item), json.apply(item)),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    listener.answered(item, status, due, System.nanoTime());
                    sent.incrementAndGet();
                }
            }, "bench-client-" + c);
            workers[c].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return sent.get();
    }

    /**
     * Posts JSON batches of up to {@code size} rows of one school each (a school's software writes for its own
     * school only) from {@code clients} senders; returns the rows the server registered.
     */
    long batches(Iterator<SyntheticRegistration> registrations, int size, int clients) throws InterruptedException {
        AtomicInteger failures = new AtomicInteger();
        AtomicLong rows = new AtomicLong();
        Map<String, List<SyntheticRegistration>> filling = new HashMap<>();
        Thread[] workers = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            workers[c] = new Thread(() -> {
                while (true) {
                    List<SyntheticRegistration> next;
                    synchronized (registrations) {
                        next = nextBatch(registrations, filling, size);
                    }
                    if (next.isEmpty()) {
                        return;
                    }
                    String body = next.stream().map(SyntheticRegistration::toJson)
                            .collect(Collectors.joining(",", "[", "]"));
                    try {
                        HttpResponse<String> response = http.send(post(batch, tokens, next.get(0).schoolId(), body),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                            System.err.println("batch answered " + response.statusCode() + ": " + response.body());
                        }
                        rows.addAndGet(next.size());
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            }, "bench-batch-" + c);
            workers[c].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " batches failed");
        }
        return rows.get();
    }

    /** The first school to reach {@code size} rows, or once the rows run out, whatever a school has left. */
    private static List<SyntheticRegistration> nextBatch(Iterator<SyntheticRegistration> registrations,
            Map<String, List<SyntheticRegistration>> filling, int size) {
        while (registrations.hasNext()) {
            SyntheticRegistration registration = registrations.next();
            List<SyntheticRegistration> school = filling.computeIfAbsent(registration.schoolId(),
                    id -> new ArrayList<>(size));
            school.add(registration);
            if (school.size() == size) {
                return filling.remove(registration.schoolId());
            }
        }
        Iterator<List<SyntheticRegistration>> left = filling.values().iterator();
        if (!left.hasNext()) {
            return List.of();
        }
        List<SyntheticRegistration> rest = left.next();
        left.remove();
        return rest;
    }

    /** As the software or staff of the school the rows are about: a school may write only about its own pupils. */
    private HttpRequest post(URI uri, SchoolTokens by, String schoolId, String json) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + by.of(schoolId))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    @Override
    public void close() throws InterruptedException {
        callbacks.shutdown();
        callbacks.awaitTermination(10, TimeUnit.SECONDS);
    }
}
