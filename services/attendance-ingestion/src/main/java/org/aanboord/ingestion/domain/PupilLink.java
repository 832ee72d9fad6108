package org.aanboord.ingestion.domain;

/**
 * How a school named a pupil in one accepted request, and the pseudonym that came of it: what the identity vault
 * remembers so the pupil can be re-identified later.
 *
 * @param pseudonym      the keyed pseudonym that travels on Kafka
 * @param schoolId       the school that sent the request
 * @param localId        the school's own pupil id, null when only the national number was given
 * @param nationalNumber the eleven digits of the national register number, null when not given
 */
public record PupilLink(String pseudonym, String schoolId, String localId, String nationalNumber) {

    /** The same link under another pseudonym of the same pupil (the one it had under the previous key). */
    public PupilLink withPseudonym(String other) {
        return new PupilLink(other, schoolId, localId, nationalNumber);
    }

    /** Never prints the national number: a link may end up in a log line or an assertion message. */
    @Override
    public String toString() {
        return "PupilLink[" + pseudonym + " at " + schoolId + " as " + localId
                + (nationalNumber == null ? "" : " and a national number") + "]";
    }
}
