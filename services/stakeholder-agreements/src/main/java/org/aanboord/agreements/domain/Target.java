package org.aanboord.agreements.domain;

import java.time.LocalDate;

/** The streefwaarde and the date by which it should be reached (the template's "31 aug 2017", per indicator). */
public record Target(Double value, LocalDate targetDate) {
}
