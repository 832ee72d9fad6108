package org.aanboord.contracts.agreements.v1;

/** A school in the agreement's scope with the CLB that serves it and the municipality it lies in. */
public record School(String id, String name, String clbId, String municipalityId) {
}
