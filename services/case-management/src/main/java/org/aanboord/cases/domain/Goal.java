package org.aanboord.cases.domain;

import java.time.LocalDate;

public record Goal(String description, String measure, String target, LocalDate dueDate, String status) {
}
