package org.aanboord.cases.application;

/**
 * The assessment names an agreement version this service has not received yet. Deliberately retryable: the
 * version is on its way on agreements.lifecycle.v1, so the binding retries the assessment with back-off.
 */
public class AgreementVersionUnknownException extends RuntimeException {

    public AgreementVersionUnknownException(String agreementId, int version) {
        super("Agreement " + agreementId + " version " + version + " is not known yet");
    }
}
