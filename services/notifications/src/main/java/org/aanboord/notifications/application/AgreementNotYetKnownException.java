package org.aanboord.notifications.application;

/**
 * The assessment names an agreement version this service has not read yet (the two topics are consumed
 * independently). Transient: the binding retries with back-off while the agreement arrives.
 */
public class AgreementNotYetKnownException extends RuntimeException {

    public AgreementNotYetKnownException(String agreementId, int version) {
        super("Agreement " + agreementId + ":v" + version + " is not known yet");
    }
}
