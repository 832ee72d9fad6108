package org.aanboord.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** Architecture rules every service checks with ArchUnit. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** The domain core is plain Java: no Spring, no MongoDB, no Kafka, no JSON library. */
    public static ArchRule domainIsFrameworkFree(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                        "tools.jackson..", "com.fasterxml.jackson..", "jakarta.persistence..")
                .as("the domain of " + servicePackage + " is free of Spring, MongoDB, Kafka and Jackson");
    }

    /** Inbound adapters only map and delegate: they never reach into persistence directly. */
    public static ArchRule adaptersInDoNotTouchPersistence(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + ".adapter.in..")
                .should().dependOnClassesThat().resideInAPackage(servicePackage + ".adapter.out.persistence..")
                .as("inbound adapters of " + servicePackage + " go through the application layer");
    }
}
