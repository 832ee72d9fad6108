package org.aanboord.console.adapter.in.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.aanboord.console.adapter.out.services.IngestionClient;
import org.aanboord.console.adapter.out.services.ServiceProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpServerErrorException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Re-identifying a pupil: the school's care team or the CLB worker states why, attendance-ingestion audits the
 * request with that purpose and answers the national register number and the school's own ids. The answer is shown
 * once, on a page no browser or proxy may keep, and is never logged nor put in the session. Who may see which pupil
 * is the service's decision (403 for other roles, 404 for another school's or CLB's pupil).
 */
@Controller
@RequestMapping("/pupils/{pseudonym}/identity")
class IdentifyController {

    /** Typical purposes offered in the form (sentences in the messages); OTHER takes the explanation alone. */
    static final List<String> PURPOSES = List.of("CONTACT_FAMILY", "LINK_FILE", "REFERRAL", "COMPULSORY_EDUCATION",
            "OTHER");
    private static final String OTHER = "OTHER";
    private static final List<String> PURPOSE_RULES = List.of("required", "too-short");
    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final IngestionClient ingestion;
    private final MessageSource messages;

    IdentifyController(IngestionClient ingestion, MessageSource messages) {
        this.ingestion = ingestion;
        this.messages = messages;
    }

    @GetMapping
    String form(@PathVariable String pseudonym, @RequestParam(required = false) String caseId, Model model) {
        model.addAttribute("pseudonym", pseudonym);
        model.addAttribute("caseId", caseId != null && CASE_ID.matcher(caseId).matches() ? caseId : null);
        model.addAttribute("purposes", PURPOSES);
        return "identify";
    }

    @PostMapping
    String identify(@PathVariable String pseudonym, @RequestParam(required = false) String caseId,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String details,
            Locale locale, HttpServletResponse response, Model model) {
        String purpose = purpose(reason, details.strip(), locale);
        try {
            model.addAttribute("identity", ingestion.identify(pseudonym, purpose));
            model.addAttribute("purpose", purpose);
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            response.setHeader(HttpHeaders.PRAGMA, "no-cache");
            form(pseudonym, caseId, model);
            return "identity";
        } catch (ServiceProblem refused) {
            response.setStatus(refused.status());
            model.addAttribute("problemKey", problemKey(refused));
        } catch (HttpServerErrorException failed) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("problemKey", "identify.problem.unavailable");
        }
        model.addAttribute("reason", reason);
        model.addAttribute("details", details);
        return form(pseudonym, caseId, model);
    }

    /** The typical purpose in the user's language, followed by what they added; for another reason what they wrote. */
    private String purpose(String reason, String details, Locale locale) {
        if (!PURPOSES.contains(reason) || OTHER.equals(reason)) {
            return details;
        }
        String typical = messages.getMessage("identify.purpose." + reason, null, locale);
        return details.isEmpty() ? typical : typical + ": " + details;
    }

    /** 400 by the rule the purpose broke, 403 the role, 404 not a pupil of the user's schools. */
    private static String problemKey(ServiceProblem refused) {
        if (refused.status() == HttpStatus.BAD_REQUEST.value()) {
            String rule = refused.fields().isEmpty() ? null : refused.fields().get(0).rule();
            return "identify.problem.purpose." + (PURPOSE_RULES.contains(rule) ? rule : "malformed");
        }
        if (refused.status() == HttpStatus.FORBIDDEN.value() || refused.status() == HttpStatus.NOT_FOUND.value()) {
            return "identify.problem." + refused.status();
        }
        return "error.refused";
    }
}
