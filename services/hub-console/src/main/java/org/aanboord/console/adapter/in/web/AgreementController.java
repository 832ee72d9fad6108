package org.aanboord.console.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import org.aanboord.console.adapter.out.services.AgreementsClient;
import org.aanboord.console.adapter.out.services.AgreementsClient.Draft;
import org.aanboord.console.adapter.out.services.AgreementsClient.VersionSummary;
import org.aanboord.console.adapter.out.services.ServiceProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agreement (draaiboek): read a version, edit the draft of the next one (its rules' thresholds and deadlines, or
 * the whole document), see what the service still finds wrong, publish, and compare versions.
 */
@Controller
@RequestMapping("/agreements")
class AgreementController {

    private final AgreementsClient agreements;
    private final JsonMapper json;

    AgreementController(AgreementsClient agreements, JsonMapper json) {
        this.agreements = agreements;
        this.json = json;
    }

    @GetMapping
    String all(Model model) {
        model.addAttribute("published", agreements.published());
        return "agreements";
    }

    @GetMapping("/{agreementId}")
    String agreement(@PathVariable String agreementId, @RequestParam(required = false) Integer version, Model model) {
        List<VersionSummary> versions = agreements.versions(agreementId);
        int shown = version != null ? version : versions.get(versions.size() - 1).version();
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("versions", versions);
        model.addAttribute("agreement", agreements.version(agreementId, shown));
        model.addAttribute("draft", agreements.draft(agreementId).orElse(null));
        return "agreement";
    }

    @GetMapping("/{agreementId}/draft")
    String draft(@PathVariable String agreementId, Model model) {
        Draft draft = agreements.draft(agreementId).orElse(null);
        if (draft == null) {
            return "redirect:/agreements/" + agreementId;
        }
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("draft", draft);
        if (!model.containsAttribute("documentText")) {
            model.addAttribute("documentText", json.writerWithDefaultPrettyPrinter().writeValueAsString(draft.agreement()));
        }
        return "draft";
    }

    /** Starts the next version from the latest published one. */
    @PostMapping("/{agreementId}/draft/start")
    String start(@PathVariable String agreementId) {
        List<VersionSummary> versions = agreements.versions(agreementId);
        agreements.saveDraft(agreementId, agreements.version(agreementId, versions.get(versions.size() - 1).version()));
        return "redirect:/agreements/" + agreementId + "/draft";
    }

    /** Saves the rules form: threshold and deadline per rule, the rest of the draft as it was. */
    @PostMapping("/{agreementId}/draft/rules")
    String saveRules(@PathVariable String agreementId, @RequestParam List<String> threshold,
            @RequestParam List<String> actWithinSchoolDays, @RequestParam(required = false) String effectiveFrom,
            RedirectAttributes redirect) {
        Draft draft = agreements.draft(agreementId).orElseThrow(() -> new NotYours("draft of " + agreementId));
        ObjectNode agreement = (ObjectNode) draft.agreement().deepCopy();
        JsonNode rules = agreement.path("rules");
        for (int i = 0; i < rules.size() && i < threshold.size(); i++) {
            ObjectNode rule = (ObjectNode) rules.get(i);
            setNumber(rule, "threshold", threshold.get(i));
            setNumber(rule, "actWithinSchoolDays", i < actWithinSchoolDays.size() ? actWithinSchoolDays.get(i) : "");
        }
        if (effectiveFrom != null && !effectiveFrom.isBlank()) {
            agreement.put("effectiveFrom", effectiveFrom);
        }
        try {
            agreements.saveDraft(agreementId, agreement);
            redirect.addFlashAttribute("saved", true);
        } catch (ServiceProblem refused) {
            redirect.addFlashAttribute("publishProblem", refused);
        }
        return "redirect:/agreements/" + agreementId + "/draft";
    }

    /** Saves the whole document as edited in the text field. */
    @PostMapping("/{agreementId}/draft/document")
    String saveDocument(@PathVariable String agreementId, @RequestParam String document, RedirectAttributes redirect) {
        try {
            agreements.saveDraft(agreementId, json.readTree(document));
            redirect.addFlashAttribute("saved", true);
        } catch (ServiceProblem refused) {
            redirect.addFlashAttribute("publishProblem", refused);
            redirect.addFlashAttribute("documentText", document);
        } catch (JacksonException unreadable) {
            redirect.addFlashAttribute("documentError", unreadable.getOriginalMessage());
            redirect.addFlashAttribute("documentText", document);
        }
        return "redirect:/agreements/" + agreementId + "/draft";
    }

    @PostMapping("/{agreementId}/draft/publish")
    String publish(@PathVariable String agreementId, @RequestParam(required = false) LocalDate effectiveFrom,
            RedirectAttributes redirect) {
        try {
            JsonNode published = agreements.publish(agreementId, effectiveFrom);
            int version = published.path("version").asInt();
            redirect.addFlashAttribute("published", version);
            return version > 1 ? "redirect:/agreements/" + agreementId + "/diff?from=" + (version - 1) + "&to=" + version
                    : "redirect:/agreements/" + agreementId;
        } catch (ServiceProblem refused) {
            redirect.addFlashAttribute("publishProblem", refused);
            return "redirect:/agreements/" + agreementId + "/draft";
        }
    }

    @PostMapping("/{agreementId}/draft/discard")
    String discard(@PathVariable String agreementId) {
        agreements.discardDraft(agreementId);
        return "redirect:/agreements/" + agreementId;
    }

    @GetMapping("/{agreementId}/diff")
    String diff(@PathVariable String agreementId, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("versions", agreements.versions(agreementId));
        model.addAttribute("diff", agreements.diff(agreementId, from, to));
        return "diff";
    }

    /** A number as typed; anything else is kept as text so the service's validation names the field. */
    private static void setNumber(ObjectNode rule, String field, String value) {
        String typed = value == null ? "" : value.strip();
        if (typed.isEmpty()) {
            rule.putNull(field);
        } else if (typed.matches("-?\\d{1,9}")) {
            rule.put(field, Integer.parseInt(typed));
        } else {
            rule.put(field, typed);
        }
    }
}
