package org.aanboord.notifications.domain;

/** A professional's work contact from the agreement's contacts table; never a pupil. */
public record ContactPerson(String fullName, String role, String email) {
}
