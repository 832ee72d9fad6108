package org.aanboord.cases.domain;

/** The kind of organisation someone acts or reads for; decides which notes they see. */
public enum Role {
    SCHOOL,
    CLB,
    MUNICIPALITY,
    PARTNER,
    /** The service itself (opening from events, deadline watch). */
    SYSTEM,
    /** Nobody said who they are. */
    UNKNOWN
}
