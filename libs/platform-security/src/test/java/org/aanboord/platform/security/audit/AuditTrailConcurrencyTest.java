package org.aanboord.platform.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * Many requests of two instances of a service audit at once: every entry is stored exactly once, in one unbroken
 * chain, and each caller gets back its own entry.
 */
class AuditTrailConcurrencyTest {

    @Test
    void entriesOfManyConcurrentCallersOnTwoInstancesFormOneIntactChain() throws Exception {
        try (MongoClient client = MongoClients.create(EmbeddedInfrastructure.get().mongoUri())) {
            MongoTemplate mongo = new MongoTemplate(client, "audit-concurrency-" + System.nanoTime());
            List<AuditTrail> instances = List.of(new AuditTrail(mongo, Clock.systemUTC()),
                    new AuditTrail(mongo, Clock.systemUTC()));
            ExecutorService callers = Executors.newFixedThreadPool(32);
            List<Future<AuditRecord>> appended = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                AuditTrail trail = instances.get(i % 2);
                String what = "GET /api/pupils/p" + i;
                appended.add(callers.submit(() -> trail.append("user", "CLB_WORKER", "clb-demo", "READ", what,
                        Map.of(), 200, null)));
            }
            List<String> written = new ArrayList<>();
            for (int i = 0; i < appended.size(); i++) {
                AuditRecord entry = appended.get(i).get();
                assertThat(entry.what()).as("the caller's own entry").isEqualTo("GET /api/pupils/p" + i);
                written.add(entry.what());
            }
            callers.shutdown();

            AuditTrail.Verification verification = instances.get(0).verify();
            assertThat(verification.intact()).as(verification.detail()).isTrue();
            assertThat(verification.entries()).isEqualTo(600);
            assertThat(written).doesNotHaveDuplicates();
        }
    }
}
