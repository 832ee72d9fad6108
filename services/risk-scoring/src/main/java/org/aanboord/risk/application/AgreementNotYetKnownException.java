package org.aanboord.risk.application;

/**
 * No published agreement covers the school on that day yet. Transient: the agreement topic is consumed on its own
 * binding and usually catches up, so the binder retries this with back-off before dead-lettering.
 */
public class AgreementNotYetKnownException extends RuntimeException {

    public AgreementNotYetKnownException(String schoolId, Object day) {
        super("No published agreement covers school '" + schoolId + "' on " + day + " yet");
    }
}
