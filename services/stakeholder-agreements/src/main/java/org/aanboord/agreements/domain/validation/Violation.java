package org.aanboord.agreements.domain.validation;

/**
 * One problem at one place in the agreement document.
 *
 * @param field the JSON path of the place, e.g. {@code objectives[0].operational[1].actions[2].responsible}
 */
public record Violation(String field, String message) {
}
