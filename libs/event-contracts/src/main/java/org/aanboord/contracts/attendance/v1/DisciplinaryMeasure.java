package org.aanboord.contracts.attendance.v1;

/** The disciplinary measures reported to AGODI (domain F10). */
public enum DisciplinaryMeasure {
    TEMPORARY_EXCLUSION,
    DEFINITIVE_EXCLUSION,
    PREVENTIVE_SUSPENSION
}
