package org.aanboord.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.aanboord.contracts.cases.v1.CaseActionDue;
import org.aanboord.contracts.cases.v1.CaseDeadlineMissed;
import org.aanboord.contracts.cases.v1.CaseLifecycleEvent;
import org.aanboord.contracts.cases.v1.CaseNoteAdded;
import org.aanboord.contracts.cases.v1.CaseOutcome;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseStatusChanged;
import org.aanboord.contracts.cases.v1.CaseType;
import org.aanboord.contracts.cases.v1.NoteConfidentiality;
import org.aanboord.platform.calendar.SchoolDays;

/**
 * A follow-up file (case) about one pupil, known only by pseudonym. Every change records an audit entry and, where
 * others must hear of it, an event; the store writes both in the same atomic update as the new state.
 */
public final class CaseFile {

    private final String caseId;
    private final String pupilPseudonym;
    private final CaseType caseType;
    private final String schoolId;
    private final String assignedClbId;
    private final String municipalityId;
    private final String agreementId;
    private final int agreementVersion;
    private final Instant openedAt;
    private final String reopenedFromCaseId;
    private final long version;
    private CaseStatus status;
    private String ownerId;
    private Hold hold;
    private Closure closure;
    private SupportPlan supportPlan;
    private TransitionRecord transitionRecord;
    private final List<Signal> signals;
    private final List<CaseAction> actions;
    private final List<TeamMember> team;
    private final List<Referral> referrals;
    private final List<ContactLogEntry> contacts;
    private final List<CaseConference> conferences;
    private final List<Note> notes;
    private final List<AuditEntry> pendingHistory = new ArrayList<>();
    private final List<CaseLifecycleEvent> pendingEvents = new ArrayList<>();

    public CaseFile(String caseId, String pupilPseudonym, CaseType caseType, CaseStatus status, String schoolId,
            String assignedClbId, String municipalityId, String agreementId, int agreementVersion, Instant openedAt,
            String reopenedFromCaseId, long version, String ownerId, Hold hold, Closure closure,
            SupportPlan supportPlan, TransitionRecord transitionRecord, List<Signal> signals, List<CaseAction> actions,
            List<TeamMember> team, List<Referral> referrals, List<ContactLogEntry> contacts,
            List<CaseConference> conferences, List<Note> notes) {
        this.caseId = caseId;
        this.pupilPseudonym = pupilPseudonym;
        this.caseType = caseType;
        this.status = status;
        this.schoolId = schoolId;
        this.assignedClbId = assignedClbId;
        this.municipalityId = municipalityId;
        this.agreementId = agreementId;
        this.agreementVersion = agreementVersion;
        this.openedAt = openedAt;
        this.reopenedFromCaseId = reopenedFromCaseId;
        this.version = version;
        this.ownerId = ownerId;
        this.hold = hold;
        this.closure = closure;
        this.supportPlan = supportPlan;
        this.transitionRecord = transitionRecord;
        this.signals = copy(signals);
        this.actions = copy(actions);
        this.team = copy(team);
        this.referrals = copy(referrals);
        this.contacts = copy(contacts);
        this.conferences = copy(conferences);
        this.notes = copy(notes);
    }

    /** A new, signalled case without owner yet; the opening itself is its first audit entry. */
    public static CaseFile signalled(String caseId, String pupilPseudonym, CaseType caseType, String schoolId,
            String assignedClbId, String municipalityId, String agreementId, int agreementVersion, Instant openedAt,
            String reopenedFromCaseId, List<Signal> signals, List<CaseAction> actions, String why) {
        CaseFile file = new CaseFile(caseId, pupilPseudonym, caseType, CaseStatus.SIGNALLED, schoolId, assignedClbId,
                municipalityId, agreementId, agreementVersion, openedAt, reopenedFromCaseId, 0, null, null, null,
                null, null, signals, actions, List.of(), List.of(), List.of(), List.of(), List.of());
        file.audit(Actor.SYSTEM, openedAt, "case opened (SIGNALLED), assigned to " + assignedClbId, why);
        return file;
    }

    // ---- lifecycle ----

    /** The states this case may move to now. */
    public Set<CaseStatus> allowedNext() {
        if (status == CaseStatus.ON_HOLD) {
            return hold == null ? Set.of() : EnumSet.of(hold.heldFrom());
        }
        return Lifecycle.next(status);
    }

    /**
     * Moves the case along its lifecycle. Going on hold needs a reason and an until-date; resuming shifts every open
     * deadline by the school days the case was on hold; triage needs an owner; closing needs an outcome (and, after
     * a handover, the receiving party's acknowledgement) and cancels what is still open.
     */
    public void transition(CaseStatus to, TransitionRequest request, Actor actor, Instant now, LocalDate today,
            SchoolDays schoolDays) {
        Set<CaseStatus> allowed = allowedNext();
        if (!allowed.contains(to)) {
            throw new IllegalTransitionException(status, to, allowed);
        }
        CaseStatus from = status;
        if (from == CaseStatus.ON_HOLD) {
            resume(today, schoolDays, actor, now, request.reason());
            return;
        }
        if (to == CaseStatus.ON_HOLD) {
            hold = new Hold(from, required(request.reason(), "reason", "Say why the case goes on hold"), today,
                    holdUntil(request.onHoldUntil(), today));
        }
        if (to == CaseStatus.TRIAGE && request.ownerId() != null) {
            assignOwner(request.ownerId());
        }
        if (to == CaseStatus.TRIAGE && ownerId == null) {
            throw new CaseRuleViolation("ownerId", "A case goes to TRIAGE once it has an owner; give ownerId");
        }
        if (to == CaseStatus.CLOSED) {
            close(request, now);
        }
        status = to;
        String what = "status " + from + " → " + to + (to == CaseStatus.ON_HOLD ? " until " + hold.until() : "")
                + (to == CaseStatus.CLOSED ? " with outcome " + closure.outcome() : "");
        audit(actor, now, what, request.reason());
        pendingEvents.add(new CaseStatusChanged(caseId, pupilPseudonym, from, to, request.reason(),
                closure == null ? null : closure.outcome(), schoolId, assignedClbId, now));
    }

    /** Ends a hold whose until-date has passed; returns whether it did. */
    public boolean resumeIfHoldEnded(LocalDate today, SchoolDays schoolDays, Instant now) {
        if (status != CaseStatus.ON_HOLD || hold == null || !today.isAfter(hold.until())) {
            return false;
        }
        resume(today, schoolDays, Actor.SYSTEM, now, "hold ended on " + hold.until());
        return true;
    }

    private void resume(LocalDate today, SchoolDays schoolDays, Actor actor, Instant now, String why) {
        int held = schoolDays.schoolDaysBetween(hold.since(), today);
        CaseStatus to = hold.heldFrom();
        replaceActions(action -> action.isOpen() && action.dueDate() != null
                ? action.due(schoolDays.plusSchoolDays(action.dueDate(), held)) : action);
        hold = null;
        status = to;
        audit(actor, now, "status ON_HOLD → " + to + "; open deadlines moved " + held + " school days", why);
        pendingEvents.add(new CaseStatusChanged(caseId, pupilPseudonym, CaseStatus.ON_HOLD, to, why, null, schoolId,
                assignedClbId, now));
    }

    private void close(TransitionRequest request, Instant now) {
        CaseOutcome outcome = request.outcome();
        if (outcome == null) {
            throw new CaseRuleViolation("outcome", "Closing a case needs an outcome code");
        }
        if (status == CaseStatus.HANDOVER && (transitionRecord == null || !transitionRecord.acknowledged())) {
            throw new CaseRuleViolation("transitionRecord",
                    "A handover closes once the receiving party acknowledged the transition record");
        }
        closure = new Closure(outcome, request.reason(), now);
        replaceActions(action -> action.isOpen() ? new CaseAction(action.actionId(), action.type(),
                action.description(), action.responsible(), action.dueDate(), ActionStatus.CANCELLED, now,
                "case closed", action.dueReportedFor(), action.missedReportedFor()) : action);
    }

    private static LocalDate holdUntil(LocalDate until, LocalDate today) {
        if (until == null || !until.isAfter(today)) {
            throw new CaseRuleViolation("onHoldUntil", "A hold needs an until-date after today");
        }
        return until;
    }

    // ---- actions and deadlines ----

    public CaseAction planAction(ActionType type, String description, String responsible, LocalDate dueDate,
            Actor actor, Instant now) {
        requireNotClosed();
        CaseAction action = CaseAction.planned("a" + (actions.size() + 1), type,
                description == null || description.isBlank() ? type.label() : description, responsible, dueDate);
        actions.add(action);
        audit(actor, now, "action " + action.actionId() + " (" + type.catalogueCode() + ") planned for "
                + responsible + (dueDate == null ? "" : ", due " + dueDate), null);
        return action;
    }

    public void completeAction(String actionId, String outcome, Actor actor, Instant now) {
        requireNotClosed();
        CaseAction action = action(actionId);
        if (!action.isOpen()) {
            throw new CaseRuleViolation("actionId", "Action " + actionId + " is already " + action.status());
        }
        replaceActions(candidate -> candidate.actionId().equals(actionId) ? candidate.completed(now, outcome) : candidate);
        audit(actor, now, "action " + actionId + " (" + action.type().catalogueCode() + ") done", outcome);
    }

    /**
     * Publishes, once per action and due date, that an open action is due within {@code warningSchoolDays} or was
     * missed. Nothing is reported while the case is on hold or closed.
     *
     * @return whether anything was reported
     */
    public boolean reportDeadlines(LocalDate today, SchoolDays schoolDays, int warningSchoolDays, Instant now) {
        if (!Lifecycle.isActive(status)) {
            return false;
        }
        int before = pendingEvents.size();
        for (CaseAction action : List.copyOf(actions)) {
            if (!action.isOpen() || action.dueDate() == null) {
                continue;
            }
            LocalDate due = action.dueDate();
            if (today.isAfter(due) && !due.equals(action.missedReportedFor())) {
                replaceAction(action.missedReported());
                pendingEvents.add(new CaseDeadlineMissed(caseId, pupilPseudonym, action.actionId(),
                        action.type().catalogueCode(), action.responsible(), due, schoolId, assignedClbId, now));
                audit(Actor.SYSTEM, now, "deadline of action " + action.actionId() + " (" + due + ") missed", null);
            } else if (!today.isAfter(due) && schoolDays.schoolDaysBetween(today, due) <= warningSchoolDays
                    && !due.equals(action.dueReportedFor())) {
                replaceAction(action.dueReported());
                pendingEvents.add(new CaseActionDue(caseId, pupilPseudonym, action.actionId(),
                        action.type().catalogueCode(), action.responsible(), due, schoolId, assignedClbId, now));
                audit(Actor.SYSTEM, now, "action " + action.actionId() + " due on " + due + " reported", null);
            }
        }
        return pendingEvents.size() > before;
    }

    /** The earliest due date among open actions, for "overdue first" lists. */
    public Optional<LocalDate> nextDueDate() {
        return actions.stream().filter(CaseAction::isOpen).map(CaseAction::dueDate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    // ---- ownership, team, referrals ----

    public void reassign(String newOwnerId, String reason, Actor actor, Instant now) {
        requireNotClosed();
        String previous = ownerId;
        assignOwner(required(newOwnerId, "ownerId", "Name the new owner"));
        audit(actor, now, "owner " + (previous == null ? "none" : previous) + " → " + newOwnerId, reason);
    }

    public void addTeamMember(TeamMember member, Actor actor, Instant now) {
        requireNotClosed();
        if (!team.contains(member)) {
            team.add(member);
            audit(actor, now, "team member " + member.ref() + " added as " + member.role(), null);
        }
    }

    public Referral refer(ReferralKind kind, String toOrganisationId, String service, String reason, Actor actor,
            Instant now) {
        requireNotClosed();
        Referral referral = new Referral("r" + (referrals.size() + 1), kind,
                required(toOrganisationId, "toOrganisationId", "Name the partner organisation"), service, reason, now,
                ReferralStatus.SENT, List.of());
        referrals.add(referral);
        audit(actor, now, kind.name().toLowerCase() + " " + referral.referralId() + " to " + toOrganisationId
                + (service == null ? "" : " (" + service + ")"), reason);
        return referral;
    }

    /** The partner's answer; an accepted transfer hands the case to the partner. */
    public void referralFeedback(String referralId, ReferralStatus newStatus, String comment, Actor actor, Instant now) {
        requireNotClosed();
        Referral referral = referrals.stream().filter(candidate -> candidate.referralId().equals(referralId))
                .findFirst().orElseThrow(() -> new NotOnCaseException("referralId", referralId));
        referrals.replaceAll(candidate -> candidate == referral
                ? referral.withFeedback(new ReferralFeedback(newStatus, comment, now)) : candidate);
        audit(actor, now, "referral " + referralId + " " + referral.status() + " → " + newStatus, comment);
        if (referral.kind() == ReferralKind.TRANSFER && newStatus == ReferralStatus.ACCEPTED) {
            team.add(new TeamMember(TeamRole.EXTERNAL_PARTNER, referral.toOrganisationId()));
            reassign(referral.toOrganisationId(), "transfer " + referralId + " accepted", actor, now);
        }
    }

    // ---- plan, contacts, conferences, transition, notes ----

    public void replaceSupportPlan(SupportPlan plan, Actor actor, Instant now) {
        requireNotClosed();
        supportPlan = plan;
        audit(actor, now, "support plan set: " + plan.goals().size() + " goals, " + plan.reviewDates().size()
                + " review dates", null);
    }

    public void logContact(ContactLogEntry entry, Actor actor, Instant now) {
        requireNotClosed();
        contacts.add(entry);
        audit(actor, now, "contact with " + entry.with() + " by " + entry.channel() + " logged", null);
    }

    public void recordConference(CaseConference conference, Actor actor, Instant now) {
        requireNotClosed();
        conferences.add(conference);
        audit(actor, now, "case conference of " + conference.date() + " recorded", null);
    }

    public void recordTransition(TransitionRecord record, Actor actor, Instant now) {
        requireNotClosed();
        transitionRecord = new TransitionRecord(record.toSchoolId(), record.toClbId(), record.reason(),
                record.effectiveDate(), record.supportSummary(), null, null);
        audit(actor, now, "transition record to " + record.toSchoolId() + " written", record.reason());
    }

    public void acknowledgeTransition(String acknowledgedBy, Actor actor, Instant now) {
        requireNotClosed();
        if (transitionRecord == null) {
            throw new CaseRuleViolation("transitionRecord", "There is no transition record to acknowledge");
        }
        transitionRecord = transitionRecord.acknowledge(
                required(acknowledgedBy, "acknowledgedBy", "Name who acknowledges"), now);
        audit(actor, now, "transition record acknowledged by " + acknowledgedBy, null);
    }

    public Note addNote(String text, NoteConfidentiality confidentiality, Actor actor, Instant now) {
        requireNotClosed();
        Note note = new Note("n" + (notes.size() + 1), required(text, "text", "A note needs text"),
                confidentiality == null ? NoteConfidentiality.CASE_TEAM : confidentiality, actor.role(),
                actor.organisationId(), now);
        notes.add(note);
        // The audit trail is readable by the whole team: it says that a note exists, never what it says.
        audit(actor, now, "note " + note.noteId() + " added (" + note.confidentiality() + ")", null);
        pendingEvents.add(new CaseNoteAdded(caseId, pupilPseudonym, note.noteId(), note.confidentiality(),
                actor.role().name(), actor.organisationId(), now));
        return note;
    }

    public List<Note> notesVisibleTo(Actor reader) {
        return notes.stream().filter(note -> note.visibleTo(reader, assignedClbId)).toList();
    }

    // ---- helpers ----

    private void assignOwner(String newOwnerId) {
        ownerId = newOwnerId;
        team.removeIf(member -> member.role() == TeamRole.CASE_OWNER);
        team.add(new TeamMember(TeamRole.CASE_OWNER, newOwnerId));
    }

    private void requireNotClosed() {
        if (status == CaseStatus.CLOSED) {
            throw new CaseRuleViolation("status", "The case is closed; a relapse opens a new case");
        }
    }

    private CaseAction action(String actionId) {
        return actions.stream().filter(action -> action.actionId().equals(actionId)).findFirst()
                .orElseThrow(() -> new NotOnCaseException("actionId", actionId));
    }

    private void replaceAction(CaseAction replacement) {
        replaceActions(action -> action.actionId().equals(replacement.actionId()) ? replacement : action);
    }

    private void replaceActions(UnaryOperator<CaseAction> change) {
        actions.replaceAll(change);
    }

    private void audit(Actor actor, Instant at, String what, String why) {
        pendingHistory.add(AuditEntry.of(actor, at, what, why));
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new CaseRuleViolation(field, message);
        }
        return value;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }

    /** Unique among open cases: a pupil has at most one open case of each type. */
    public String openCaseKey() {
        return openCaseKey(pupilPseudonym, caseType);
    }

    public static String openCaseKey(String pupilPseudonym, CaseType caseType) {
        return pupilPseudonym + "|" + caseType;
    }

    void recordEvent(CaseLifecycleEvent event) {
        pendingEvents.add(event);
    }

    public boolean hasChanges() {
        return !pendingHistory.isEmpty();
    }

    public List<AuditEntry> pendingHistory() {
        return List.copyOf(pendingHistory);
    }

    public List<CaseLifecycleEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public String caseId() {
        return caseId;
    }

    public String pupilPseudonym() {
        return pupilPseudonym;
    }

    public CaseType caseType() {
        return caseType;
    }

    public CaseStatus status() {
        return status;
    }

    public String schoolId() {
        return schoolId;
    }

    public String assignedClbId() {
        return assignedClbId;
    }

    public String municipalityId() {
        return municipalityId;
    }

    public String agreementId() {
        return agreementId;
    }

    public int agreementVersion() {
        return agreementVersion;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String reopenedFromCaseId() {
        return reopenedFromCaseId;
    }

    public long version() {
        return version;
    }

    public String ownerId() {
        return ownerId;
    }

    public Hold hold() {
        return hold;
    }

    public Closure closure() {
        return closure;
    }

    public SupportPlan supportPlan() {
        return supportPlan;
    }

    public TransitionRecord transitionRecord() {
        return transitionRecord;
    }

    public List<Signal> signals() {
        return List.copyOf(signals);
    }

    public List<CaseAction> actions() {
        return List.copyOf(actions);
    }

    public List<TeamMember> team() {
        return List.copyOf(team);
    }

    public List<Referral> referrals() {
        return List.copyOf(referrals);
    }

    public List<ContactLogEntry> contacts() {
        return List.copyOf(contacts);
    }

    public List<CaseConference> conferences() {
        return List.copyOf(conferences);
    }

    /** Every note, unfiltered: for the store only; readers go through {@link #notesVisibleTo}. */
    public List<Note> allNotes() {
        return List.copyOf(notes);
    }
}
