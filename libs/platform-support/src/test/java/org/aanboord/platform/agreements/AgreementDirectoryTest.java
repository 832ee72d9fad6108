package org.aanboord.platform.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class AgreementDirectoryTest {

    private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final Clock clock = mock(Clock.class);

    @Test
    void requestsThatFindTheViewStaleAtOnceWaitForOneReadOfTheStore() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        when(mongo.findAll(eq(AgreementDirectory.StoredVersion.class), any())).thenAnswer(invocation -> {
            if (reads.incrementAndGet() > 1) {
                release.await();
            }
            return List.of();
        });
        when(clock.instant()).thenReturn(START);
        AgreementDirectory directory = new AgreementDirectory(mongo, clock);
        assertThat(directory.knowsSchool("school-1")).isFalse();

        when(clock.instant()).thenReturn(START.plusSeconds(11));
        List<Thread> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread request = new Thread(() -> directory.knowsSchool("school-1"), "request-" + i);
            requests.add(request);
            request.start();
        }
        await().until(() -> reads.get() == 2
                && requests.stream().filter(thread -> thread.getState() == Thread.State.BLOCKED).count() == 7);
        release.countDown();
        for (Thread request : requests) {
            request.join();
        }

        verify(mongo, times(2)).findAll(eq(AgreementDirectory.StoredVersion.class), any());
    }

    @Test
    void aVersionNotKnownYetIsLookedForInTheStoreAgain() {
        when(clock.instant()).thenReturn(START);
        when(mongo.findAll(eq(AgreementDirectory.StoredVersion.class), any())).thenReturn(List.of());
        AgreementDirectory directory = new AgreementDirectory(mongo, clock);

        assertThat(directory.version("agreement-x", 2)).isEmpty();
        assertThat(directory.version("agreement-x", 2)).isEmpty();

        verify(mongo, times(3)).findAll(eq(AgreementDirectory.StoredVersion.class), any());
    }
}
