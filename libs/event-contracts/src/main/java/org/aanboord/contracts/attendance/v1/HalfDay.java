package org.aanboord.contracts.attendance.v1;

/** Morning (voormiddag, VM) or afternoon (namiddag, NM). */
public enum HalfDay {
    AM,
    PM
}
