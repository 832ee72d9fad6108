package org.aanboord.synthetic;

/** A generated school; its CLB and municipality are also in the agreement's school list. */
public record SyntheticSchool(String id, Level level, String clbId, String municipalityId) {
}
