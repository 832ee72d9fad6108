package org.aanboord.agreements.domain.validation;

import java.util.List;
import java.util.Set;

import org.aanboord.agreements.domain.AgreementVersion;

/**
 * Checks that an agreement can be published: every reference resolves, every rule reaches someone and escalates
 * to someone, every action has someone responsible, the draaiboek is complete and periods do not overlap.
 * Every problem names its place in the document as a JSON path.
 */
public final class AgreementValidator {

    private final ParticipantChecks participants = new ParticipantChecks();
    private final RegieChecks regie = new RegieChecks();
    private final PlanChecks plan = new PlanChecks();
    private final PhaseChecks phases = new PhaseChecks();
    private final RuleChecks rules = new RuleChecks();
    private final PeriodChecks periods = new PeriodChecks();

    /**
     * @param published every version already published, of this and other agreements
     * @return every problem found; empty when the agreement can be published
     */
    public List<Violation> validate(AgreementVersion agreement, List<AgreementVersion> published) {
        Violations violations = new Violations();
        if (Violations.blank(agreement.agreementId())) {
            violations.add("agreementId", "is required");
        }
        if (agreement.version() < 1) {
            violations.add("version", "must be 1 or higher");
        }
        if (Violations.blank(agreement.title())) {
            violations.add("title", "is required");
        }
        periods.check(agreement, published, violations);
        Directory directory = new Directory(agreement);
        participants.check(agreement, directory, violations);
        regie.check(agreement.regie(), directory, violations);
        Set<String> objectiveCodes = plan.checkObjectives(agreement.objectives(), directory, violations);
        plan.checkIndicators(agreement.indicators(), objectiveCodes, violations);
        phases.checkPhases(agreement.phases(), directory, violations);
        rules.check(agreement, directory, violations);
        phases.checkFollowUp(agreement.followUp(), violations);
        return violations.list();
    }
}
