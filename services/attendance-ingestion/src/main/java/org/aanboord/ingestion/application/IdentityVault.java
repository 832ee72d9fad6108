package org.aanboord.ingestion.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.aanboord.ingestion.domain.PupilLink;

/**
 * The only place where a pseudonym can be turned back into the ids a school gave: one entry per pseudonym, the
 * national number encrypted. Every accepted request's links are in it before the request is answered.
 */
public interface IdentityVault {

    /**
     * Remembers every link, in one bulk write for the distinct pupils among them; once it returns, every link is
     * stored. A link already written today may be left as it is (the retention counts in days).
     */
    void remember(Collection<PupilLink> links);

    /** Which of the given pseudonyms have an entry, in a few bulk queries. */
    Set<String> known(Collection<String> pseudonyms);

    /** What is known of the pupil, national number decrypted; empty for a pseudonym never registered. */
    Optional<KnownPupil> find(String pseudonym);

    /**
     * @param nationalNumber the eleven digits, null when the pupil was only ever named by a school's own id (a
     *                       pseudonym is made from the national number whenever one is given, so every school linked
     *                       to a pupil that has one gave it)
     * @param links          every school and local id (null: national number only) the pupil was named by
     */
    record KnownPupil(String pseudonym, String nationalNumber, List<SchoolLink> links) {
    }

    /** One way a school named the pupil. */
    record SchoolLink(String schoolId, String localId) {
    }
}
