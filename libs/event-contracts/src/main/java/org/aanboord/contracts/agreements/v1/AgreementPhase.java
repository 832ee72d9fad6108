package org.aanboord.contracts.agreements.v1;

/** The four phase agreements of the draaiboek (sections 1.4.1 to 1.4.4) a rule belongs to. */
public enum AgreementPhase {
    MONITORING_IDENTIFICATION,
    PREVENTION,
    INTERVENTION,
    COMPENSATION
}
