package org.aanboord.risk.application;

/** Which stored state an event belongs to: one pupil in one school year. */
public record PupilYearKey(String pupilPseudonym, String schoolYear) {
}
