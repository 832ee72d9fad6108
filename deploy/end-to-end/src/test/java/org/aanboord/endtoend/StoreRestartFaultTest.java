package org.aanboord.endtoend;

import static org.awaitility.Awaitility.await;

import java.util.List;

import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fault injection: the MongoDB-wire store (H2 file backend), in a JVM of its own, is stopped while a school streams
 * registrations and started again on the same file and port. The services' drivers reconnect, the consumers retry what
 * failed, and every pupil is counted exactly once.
 */
class StoreRestartFaultTest {

    private static final int PUPILS = 30;

    private static RestartableStore store;
    private static FaultPlatform platform;

    @BeforeAll
    static void start() {
        AwaitDefaults.apply();
        store = new RestartableStore(EmbeddedInfrastructure.get()).start();
        platform = new FaultPlatform(store);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void restartingTheStoreDuringAStreamLosesNothingAndDuplicatesNothing() {
        platform.awaitChainReady();
        List<String> pupils = FaultPlatform.newPupils("store-restart-pupil", PUPILS);
        FaultPlatform.RegistrationStream stream = platform.stream(pupils);
        await().atMost(FaultPlatform.CONVERGE).until(() -> stream.acknowledged() >= stream.size() / 3);

        store.stop();
        store.start();

        platform.assertEachPupilCountedExactlyOnce(pupils, stream);
    }
}
