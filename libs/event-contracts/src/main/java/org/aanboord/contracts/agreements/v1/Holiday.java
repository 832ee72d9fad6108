package org.aanboord.contracts.agreements.v1;

import java.time.LocalDate;

/** A holiday or free day, both ends included (e.g. herfstvakantie, 2 to 8 November 2026). */
public record Holiday(String name, LocalDate from, LocalDate to) {
}
