package org.aanboord.ingestion.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Checks how a request names a pupil and turns it into the pseudonym; shared by every kind of request. */
public final class PupilIdentity {

    static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String SAFE_ID_RULE = "may only contain letters, digits, '.', '_' and '-' (max 64)";

    private final Pseudonymizer pseudonymizer;
    private final UnaryOperator<PupilLink> settle;

    public PupilIdentity(Pseudonymizer pseudonymizer) {
        this(pseudonymizer, UnaryOperator.identity());
    }

    /**
     * @param settle gives each link the pseudonym its pupil is published under during a key rotation (for requests
     *               of one pupil; a batch settles all its pupils at once instead)
     */
    public PupilIdentity(Pseudonymizer pseudonymizer, UnaryOperator<PupilLink> settle) {
        this.pseudonymizer = pseudonymizer;
        this.settle = settle;
    }

    /**
     * The pupil's pseudonym: from the national number when given (it follows the pupil across schools), else from
     * the school and its own id. Errors never repeat the national number, which is personal data.
     */
    public Optional<String> pseudonym(String schoolId, String pupilId, String nationalNumber, List<FieldError> errors) {
        return link(schoolId, pupilId, nationalNumber, errors).map(PupilLink::pseudonym);
    }

    /** The pseudonym together with the ids it was made from, for the identity vault. */
    public Optional<PupilLink> link(String schoolId, String pupilId, String nationalNumber, List<FieldError> errors) {
        boolean hasLocal = !Text.isBlank(pupilId);
        boolean hasNational = !Text.isBlank(nationalNumber);
        if (!hasLocal && !hasNational) {
            errors.add(new FieldError("pupilId", Rejection.REQUIRED,
                    "is required: give pupilId (the school's own id), nationalNumber, or both"));
            return Optional.empty();
        }
        if (hasLocal && !SAFE_ID.matcher(pupilId).matches()) {
            errors.add(new FieldError("pupilId", Rejection.UNSAFE_ID, SAFE_ID_RULE));
            return Optional.empty();
        }
        if (hasNational) {
            Optional<String> digits = NationalRegisterNumber.digitsOf(nationalNumber);
            if (digits.isEmpty()) {
                errors.add(new FieldError("nationalNumber", Rejection.INVALID_NATIONAL_NUMBER,
                        "is not a valid national register number (11 digits whose last two are the mod-97 check)"));
                return Optional.empty();
            }
            return Optional.of(settle.apply(new PupilLink(pseudonymizer.ofNationalNumber(digits.get()),
                    school(schoolId), hasLocal ? pupilId : null, digits.get())));
        }
        if (Text.isBlank(schoolId)) {
            return Optional.empty();
        }
        return Optional.of(settle.apply(new PupilLink(pseudonymizer.ofLocalId(schoolId.trim(), pupilId),
                school(schoolId), pupilId, null)));
    }

    private static String school(String schoolId) {
        return Text.isBlank(schoolId) ? null : schoolId.trim();
    }
}
