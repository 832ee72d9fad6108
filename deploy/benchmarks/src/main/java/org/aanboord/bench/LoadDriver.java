package org.aanboord.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.aanboord.synthetic.SyntheticRegistration;

/**
 * Sends registrations to the ingestion API. Open loop: at a fixed rate, each request's latency counted from when it
 * was due (so a stalled server cannot hide its backlog). Closed loop: N clients back to back, for saturation.
 */
final class LoadDriver implements AutoCloseable {

    /** What happened to one request; times from {@link System#nanoTime()}. */
    interface Listener {
        void answered(SyntheticRegistration registration, int status, long dueNanos, long answeredNanos);
    }

    private final ExecutorService callbacks = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI single;
    private final URI batch;

    LoadDriver(String ingestionUrl) {
        single = URI.create(ingestionUrl + "/api/registrations");
        batch = URI.create(ingestionUrl + "/api/registrations/batch");
    }

    /** Offers {@code registrations} at {@code perSecond}, at most {@code maxInFlight} outstanding; returns when all answered. */
    void openLoop(List<SyntheticRegistration> registrations, double perSecond, int maxInFlight, Listener listener)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(maxInFlight);
        long start = System.nanoTime();
        for (int i = 0; i < registrations.size(); i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            SyntheticRegistration registration = registrations.get(i);
            http.sendAsync(post(single, registration.toJson()), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        listener.answered(registration, error == null ? response.statusCode() : -1, due, System.nanoTime());
                        inFlight.release();
                    });
        }
        inFlight.acquire(maxInFlight);
    }

    /** {@code clients} senders back to back until the registrations run out or {@code limit} has passed. */
    int closedLoop(Iterator<SyntheticRegistration> registrations, int clients, Duration limit, Listener listener)
            throws InterruptedException {
        AtomicInteger sent = new AtomicInteger();
        long deadline = System.nanoTime() + limit.toNanos();
        Thread[] workers = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            workers[c] = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    SyntheticRegistration registration;
                    synchronized (registrations) {
                        if (!registrations.hasNext()) {
                            return;
                        }
                        registration = registrations.next();
                    }
                    long due = System.nanoTime();
                    int status;
                    try {
                        status = http.send(post(single, registration.toJson()), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    listener.answered(registration, status, due, System.nanoTime());
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

    /** Posts JSON batches of {@code size} rows from {@code clients} senders; returns the rows the server registered. */
    long batches(Iterator<SyntheticRegistration> registrations, int size, int clients) throws InterruptedException {
        AtomicInteger failures = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong rows = new java.util.concurrent.atomic.AtomicLong();
        Thread[] workers = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            workers[c] = new Thread(() -> {
                StringBuilder body = new StringBuilder();
                while (true) {
                    body.setLength(0);
                    int count = 0;
                    synchronized (registrations) {
                        while (count < size && registrations.hasNext()) {
                            body.append(count == 0 ? '[' : ',').append(registrations.next().toJson());
                            count++;
                        }
                    }
                    if (count == 0) {
                        return;
                    }
                    body.append(']');
                    try {
                        HttpResponse<String> response = http.send(post(batch, body.toString()),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                            System.err.println("batch answered " + response.statusCode() + ": " + response.body());
                        }
                        rows.addAndGet(count);
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

    private static HttpRequest post(URI uri, String json) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    @Override
    public void close() throws InterruptedException {
        callbacks.shutdown();
        callbacks.awaitTermination(10, TimeUnit.SECONDS);
    }
}
