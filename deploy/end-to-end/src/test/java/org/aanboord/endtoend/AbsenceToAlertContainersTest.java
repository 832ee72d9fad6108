package org.aanboord.endtoend;

import org.aanboord.testsupport.ContainerInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same flow on real apache/kafka and mongo (replica set) images; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class AbsenceToAlertContainersTest extends AbstractAbsenceToAlertTest {

    @BeforeAll
    static void start() {
        startPlatform(ContainerInfrastructure.get());
    }
}
