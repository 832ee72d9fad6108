package org.aanboord.agreements.application;

/** Who makes a change, and in which role; recorded in the audit trail. */
public record Editor(String name, String role) {

    /** The service itself, e.g. when it seeds the demo agreement. */
    public static final Editor SYSTEM = new Editor("stakeholder-agreements", "SYSTEM");
}
