package org.aanboord.endtoend;

import static org.awaitility.Awaitility.await;

import java.util.List;

import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fault injection: ingestion, risk-scoring, case-management and notifications each run in a JVM of their own and
 * are killed with SIGKILL in turn while a school streams registrations, then started again on the same database.
 * Counted pupil by pupil: every registration is scored once (5 B half-days, not 4 or 6), every pupil has exactly one
 * case and exactly one inbox alert per recipient, and the topics carry one case and three alerts per pupil.
 */
class ServiceCrashFaultTest {

    private static final int PUPILS = 30;

    private static FaultPlatform platform;

    @BeforeAll
    static void start() {
        AwaitDefaults.apply();
        platform = new FaultPlatform(EmbeddedInfrastructure.get());
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void killingEachServiceInTurnDuringAStreamLosesNothingAndDuplicatesNothing() {
        platform.awaitChainReady();
        List<String> pupils = FaultPlatform.newPupils("fault-pupil", PUPILS);
        FaultPlatform.RegistrationStream stream = platform.stream(pupils);
        List<ServiceProcess> victims = List.of(platform.risk, platform.cases, platform.notifications,
                platform.ingestion);
        for (int i = 0; i < victims.size(); i++) {
            int progress = (i + 1) * stream.size() / (victims.size() + 1);
            await().atMost(FaultPlatform.CONVERGE).until(() -> stream.acknowledged() >= progress);
            ServiceProcess victim = victims.get(i);
            victim.kill();
            victim.start().awaitHealthy();
        }
        platform.assertEachPupilCountedExactlyOnce(pupils, stream);
    }
}
