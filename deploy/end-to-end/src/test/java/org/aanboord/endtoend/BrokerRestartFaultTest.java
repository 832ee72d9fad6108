package org.aanboord.endtoend;

import static org.awaitility.Awaitility.await;

import java.util.List;

import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fault injection: the Kafka broker, in a JVM of its own, is killed with SIGKILL while a school streams registrations
 * and started again on the same log dirs and port. While it is down ingestion answers 503 and the school sends again;
 * the services reconnect, the outboxes publish what waited, and every pupil is counted exactly once.
 */
class BrokerRestartFaultTest {

    private static final int PUPILS = 30;

    private static RestartableBroker broker;
    private static FaultPlatform platform;

    @BeforeAll
    static void start() {
        AwaitDefaults.apply();
        broker = new RestartableBroker(EmbeddedInfrastructure.get()).start();
        platform = new FaultPlatform(broker);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void restartingTheBrokerDuringAStreamLosesNothingAndDuplicatesNothing() {
        platform.awaitChainReady();
        List<String> pupils = FaultPlatform.newPupils("broker-restart-pupil", PUPILS);
        FaultPlatform.RegistrationStream stream = platform.stream(pupils);
        await().atMost(FaultPlatform.CONVERGE).until(() -> stream.acknowledged() >= stream.size() / 3);

        broker.kill();
        await("ingestion answers 503 while the broker is down").atMost(FaultPlatform.CONVERGE)
                .until(() -> stream.unavailable() > 0);
        broker.start();

        platform.assertEachPupilCountedExactlyOnce(pupils, stream);
    }
}
