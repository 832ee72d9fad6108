package org.aanboord.agreements.domain;

import java.time.LocalDate;

/** A value of an indicator on a day (the template's "actuele waarde", or a baseline). */
public record Measurement(double value, LocalDate measuredOn) {
}
