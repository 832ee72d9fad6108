package org.aanboord.console.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.aanboord.console.adapter.out.services.CasesClient;
import org.aanboord.console.adapter.out.services.CasesClient.CaseView;
import org.aanboord.console.adapter.out.services.NotificationsClient;
import org.aanboord.console.adapter.out.services.RiskClient;
import org.aanboord.console.adapter.out.services.ServiceProblem;
import org.aanboord.console.signin.ConsoleUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The CLB worker's cases: overdue first, one case with its timeline, actions, support plan and notes. */
@Controller
@RequestMapping("/cases")
class CaseController {

    /** The action types offered in the form (catalogue codes of case-management; labels in the messages). */
    static final List<String> ACTION_TYPES = List.of("A10", "A11", "A12", "A28", "A30", "A32", "A41", "A42", "A43",
            "A61");
    static final List<String> NOTE_LEVELS = List.of("CASE_TEAM", "SCHOOL_AND_CLB", "CLB_RESTRICTED");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final CasesClient cases;
    private final NotificationsClient notifications;
    private final RiskClient risk;

    CaseController(CasesClient cases, NotificationsClient notifications, RiskClient risk) {
        this.cases = cases;
        this.notifications = notifications;
        this.risk = risk;
    }

    @GetMapping
    String myCases(@ModelAttribute("user") ConsoleUser user, Model model) {
        List<CaseView> mine = new ArrayList<>(cases.ofClb(user.organisationId()));
        mine.sort(Comparator.comparing(CaseView::overdue).reversed().thenComparing(file -> !file.isOpen()));
        model.addAttribute("cases", mine);
        return "cases";
    }

    @GetMapping("/{caseId}")
    String one(@ModelAttribute("user") ConsoleUser user, @PathVariable String caseId, Model model) {
        CaseView file = own(user, caseId);
        model.addAttribute("file", file);
        model.addAttribute("notes", cases.notes(caseId));
        model.addAttribute("timeline", timeline(user, file));
        model.addAttribute("actionTypes", ACTION_TYPES);
        model.addAttribute("noteLevels", NOTE_LEVELS);
        model.addAttribute("today", LocalDate.now(BRUSSELS));
        return "case";
    }

    @PostMapping("/{caseId}/actions")
    String planAction(@ModelAttribute("user") ConsoleUser user, @PathVariable String caseId,
            @RequestParam String type, @RequestParam(required = false) String description,
            @RequestParam(required = false) Integer withinSchoolDays, RedirectAttributes redirect) {
        own(user, caseId);
        return act(caseId, redirect, "action", () -> cases.planAction(caseId, type, blankToNull(description),
                user.organisationId(), withinSchoolDays));
    }

    @PostMapping("/{caseId}/actions/{actionId}/completion")
    String completeAction(@ModelAttribute("user") ConsoleUser user, @PathVariable String caseId,
            @PathVariable String actionId, @RequestParam(required = false) String outcome,
            RedirectAttributes redirect) {
        own(user, caseId);
        return act(caseId, redirect, "completion", () -> cases.completeAction(caseId, actionId, outcome));
    }

    @PostMapping("/{caseId}/notes")
    String addNote(@ModelAttribute("user") ConsoleUser user, @PathVariable String caseId, @RequestParam String text,
            @RequestParam String confidentiality, RedirectAttributes redirect) {
        own(user, caseId);
        return act(caseId, redirect, "note", () -> cases.addNote(caseId, text, confidentiality));
    }

    @PostMapping("/{caseId}/transitions")
    String move(@ModelAttribute("user") ConsoleUser user, @PathVariable String caseId, @RequestParam String to,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        CaseView file = own(user, caseId);
        String owner = file.ownerId() == null ? user.userName() : null;
        return act(caseId, redirect, "transition", () -> cases.transition(caseId, to, owner, blankToNull(reason)));
    }

    @PostMapping("/{caseId}/support-plan")
    String supportPlan(@ModelAttribute("user") ConsoleUser user, @PathVariable String caseId,
            @RequestParam(defaultValue = "") String goals, @RequestParam(defaultValue = "") String adaptations,
            @RequestParam(defaultValue = "") String strengths, RedirectAttributes redirect) {
        own(user, caseId);
        return act(caseId, redirect, "plan", () -> cases.saveSupportPlan(caseId, lines(goals), lines(adaptations),
                lines(strengths)));
    }

    private String act(String caseId, RedirectAttributes redirect, String form, Runnable command) {
        try {
            command.run();
            redirect.addFlashAttribute("saved", form);
        } catch (ServiceProblem refused) {
            redirect.addFlashAttribute("problemForm", form);
            redirect.addFlashAttribute("problem", refused);
        }
        return "redirect:/cases/" + caseId + "#" + form;
    }

    private CaseView own(ConsoleUser user, String caseId) {
        CaseView file = cases.one(caseId);
        if (!user.organisationId().equals(file.assignedClbId())) {
            throw new NotYours("case " + caseId);
        }
        return file;
    }

    /** Signals, assessments, actions, notifications and changes of the case, newest first. */
    private List<TimelineEntry> timeline(ConsoleUser user, CaseView file) {
        List<TimelineEntry> entries = new ArrayList<>();
        file.signals().forEach(signal -> entries.add(new TimelineEntry(signal.at(), "signal", signal.explanation())));
        risk.assessment(file.pupilPseudonym()).ifPresent(assessment -> assessment.history().forEach(change ->
                entries.add(new TimelineEntry(change.assessedAt(), "assessment",
                        change.attentionLevel() + (change.triggeredRules().isEmpty() ? ""
                                : " — " + change.triggeredRules().get(0).explanation())))));
        file.actions().stream().filter(action -> action.completedAt() != null).forEach(action -> entries.add(
                new TimelineEntry(action.completedAt(), "action", action.catalogueCode() + " " + action.type())));
        notifications.inbox(user.organisationId()).stream()
                .filter(alert -> file.pupilPseudonym().equals(alert.pupilPseudonym()))
                .forEach(alert -> entries.add(new TimelineEntry(alert.deliveredAt(), "notification",
                        alert.titleNl())));
        cases.history(file.caseId()).forEach(change -> entries.add(new TimelineEntry(change.at(), "change",
                change.what() + (change.why() == null ? "" : " (" + change.why() + ")"))));
        entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** @param kind signal, assessment, action, notification or change */
    record TimelineEntry(Instant at, String kind, String text) {
    }
}
