package org.aanboord.endtoend;

import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeAll;

/** On the real in-JVM Kafka broker and the MongoDB-wire store: runs everywhere, including CI without Docker. */
class AbsenceToAlertEndToEndTest extends AbstractAbsenceToAlertTest {

    @BeforeAll
    static void start() {
        startPlatform(EmbeddedInfrastructure.get());
    }
}
