package org.aanboord.risk.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The rebuild's parallelism: each batch is split by pupil into one lane per core, every lane with a thread and
 * states of its own ({@link BufferedStates}), and the lanes score at the same time while the next batch is read.
 * A pupil's events are always in the same lane and a lane scores its batches in order, so the result is the one a
 * single lane would give. At most two batches are in memory: the one being scored and the one being read.
 */
final class RebuildLanes implements AutoCloseable {

    private final List<Lane> lanes = new ArrayList<>();
    private final AtomicLong unscorable = new AtomicLong();
    private List<Future<?>> running = List.of();

    RebuildLanes(ScoringStates target, int count, int bufferedStates) {
        for (int i = 0; i < count; i++) {
            lanes.add(new Lane(new BufferedStates(target, Math.max(1, bufferedStates / count)),
                    Executors.newSingleThreadExecutor(runnable -> {
                        Thread thread = new Thread(runnable, "risk-rebuild");
                        thread.setDaemon(true);
                        return thread;
                    })));
        }
    }

    /** Hands the batch to the lanes once they finished the previous one. */
    <E> void score(List<E> batch, Function<E, String> pupilOf,
            BiFunction<List<E>, ScoringStates, BatchScoring.Result> scoringStep) {
        List<List<E>> split = new ArrayList<>();
        lanes.forEach(lane -> split.add(new ArrayList<>()));
        batch.forEach(event -> split.get(Math.floorMod(pupilOf.apply(event).hashCode(), lanes.size())).add(event));
        awaitLanes();
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            List<E> events = split.get(i);
            BufferedStates states = lanes.get(i).states();
            if (!events.isEmpty()) {
                started.add(lanes.get(i).worker().submit(() -> {
                    BatchScoring.Result result = scoringStep.apply(events, states);
                    states.saveAll(result.changes());
                    unscorable.addAndGet(result.unscorable());
                }));
            }
        }
        running = started;
    }

    /**
     * Waits for the last batch, then writes what every lane still holds, each lane on its own thread: one lane
     * prepares its documents while the store writes the other's.
     */
    void flush() {
        awaitLanes();
        running = lanes.stream().<Future<?>>map(lane -> lane.worker().submit(lane.states()::flush)).toList();
        awaitLanes();
    }

    /** Events no agreement covered, so far. */
    long unscorable() {
        return unscorable.get();
    }

    @Override
    public void close() {
        lanes.forEach(lane -> lane.worker().shutdownNow());
    }

    private void awaitLanes() {
        for (Future<?> lane : running) {
            try {
                lane.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The rebuild was interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
            }
        }
        running = List.of();
    }

    private record Lane(BufferedStates states, ExecutorService worker) {
    }
}
