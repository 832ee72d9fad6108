package org.aanboord.cases.application;

import java.time.LocalDate;

import org.aanboord.cases.domain.ActionType;
import org.aanboord.cases.domain.Actor;
import org.aanboord.cases.domain.CaseConference;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.cases.domain.CaseRuleViolation;
import org.aanboord.cases.domain.ContactLogEntry;
import org.aanboord.cases.domain.ReferralKind;
import org.aanboord.cases.domain.ReferralStatus;
import org.aanboord.cases.domain.SupportPlan;
import org.aanboord.cases.domain.TeamMember;
import org.aanboord.cases.domain.TransitionRecord;
import org.aanboord.cases.domain.TransitionRequest;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.NoteConfidentiality;
import org.springframework.stereotype.Service;

/**
 * What people do on a case from the console. Each use case is one optimistic edit: the domain decides, the store
 * writes the new state, its audit entries and its events together.
 */
@Service
public class CaseWork {

    private final CaseEditing editing;

    CaseWork(CaseEditing editing) {
        this.editing = editing;
    }

    public CaseFile transition(String caseId, Long version, Actor actor, CaseStatus to, TransitionRequest request) {
        if (to == null) {
            throw new CaseRuleViolation("to", "Name the state to move to");
        }
        return editing.edit(caseId, version, (file, context) ->
                file.transition(to, request, actor, context.now(), context.today(), context.schoolDays()));
    }

    /**
     * @param dueDate          an explicit last day, or
     * @param withinSchoolDays a deadline counted in school days of the case's calendar from today
     */
    public CaseFile planAction(String caseId, Long version, Actor actor, String type, String description,
            String responsible, LocalDate dueDate, Integer withinSchoolDays) {
        ActionType actionType = ActionType.parse(type == null ? "" : type).orElseThrow(() ->
                new CaseRuleViolation("type", "'" + type + "' is not in the action catalogue (e.g. A10 or PARENT_CONTACT)"));
        if (responsible == null || responsible.isBlank()) {
            throw new CaseRuleViolation("responsible", "Name who is responsible for the action");
        }
        if (withinSchoolDays != null && withinSchoolDays < 0) {
            throw new CaseRuleViolation("withinSchoolDays", "A number of school days cannot be negative");
        }
        return editing.edit(caseId, version, (file, context) -> file.planAction(actionType, description, responsible,
                withinSchoolDays != null ? context.schoolDays().plusSchoolDays(context.today(), withinSchoolDays)
                        : dueDate,
                actor, context.now()));
    }

    public CaseFile completeAction(String caseId, Long version, Actor actor, String actionId, String outcome) {
        return editing.edit(caseId, version, (file, context) -> file.completeAction(actionId, outcome, actor,
                context.now()));
    }

    public CaseFile reassign(String caseId, Long version, Actor actor, String ownerId, String reason) {
        return editing.edit(caseId, version, (file, context) -> file.reassign(ownerId, reason, actor, context.now()));
    }

    public CaseFile addTeamMember(String caseId, Long version, Actor actor, TeamMember member) {
        if (member.role() == null || member.ref() == null || member.ref().isBlank()) {
            throw new CaseRuleViolation(member.role() == null ? "role" : "ref", "A team member needs a role and a ref");
        }
        return editing.edit(caseId, version, (file, context) -> file.addTeamMember(member, actor, context.now()));
    }

    public CaseFile refer(String caseId, Long version, Actor actor, ReferralKind kind, String toOrganisationId,
            String service, String reason) {
        ReferralKind chosen = kind == null ? ReferralKind.REFERRAL : kind;
        return editing.edit(caseId, version, (file, context) -> file.refer(chosen, toOrganisationId, service, reason,
                actor, context.now()));
    }

    public CaseFile referralFeedback(String caseId, Long version, Actor actor, String referralId,
            ReferralStatus status, String comment) {
        if (status == null) {
            throw new CaseRuleViolation("status", "Feedback needs the referral's new status");
        }
        return editing.edit(caseId, version, (file, context) -> file.referralFeedback(referralId, status, comment,
                actor, context.now()));
    }

    public CaseFile replaceSupportPlan(String caseId, Long version, Actor actor, SupportPlan plan) {
        return editing.edit(caseId, version, (file, context) -> file.replaceSupportPlan(plan, actor, context.now()));
    }

    public CaseFile logContact(String caseId, Long version, Actor actor, ContactLogEntry entry) {
        return editing.edit(caseId, version, (file, context) -> file.logContact(entry.at() != null ? entry
                : new ContactLogEntry(context.now(), entry.with(), entry.channel(), entry.language(),
                        entry.interpreterUsed(), entry.result()), actor, context.now()));
    }

    public CaseFile recordConference(String caseId, Long version, Actor actor, CaseConference conference) {
        if (conference.date() == null) {
            throw new CaseRuleViolation("date", "A case conference needs its date");
        }
        return editing.edit(caseId, version, (file, context) -> file.recordConference(conference, actor,
                context.now()));
    }

    public CaseFile recordTransition(String caseId, Long version, Actor actor, TransitionRecord record) {
        if (record.toSchoolId() == null && record.toClbId() == null) {
            throw new CaseRuleViolation("toSchoolId", "A transition record names where the pupil goes");
        }
        return editing.edit(caseId, version, (file, context) -> file.recordTransition(record, actor, context.now()));
    }

    public CaseFile acknowledgeTransition(String caseId, Long version, Actor actor, String acknowledgedBy) {
        return editing.edit(caseId, version, (file, context) -> file.acknowledgeTransition(acknowledgedBy, actor,
                context.now()));
    }

    public CaseFile addNote(String caseId, Long version, Actor actor, String text, NoteConfidentiality confidentiality) {
        return editing.edit(caseId, version, (file, context) -> file.addNote(text, confidentiality, actor,
                context.now()));
    }
}
