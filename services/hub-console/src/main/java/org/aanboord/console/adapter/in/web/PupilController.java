package org.aanboord.console.adapter.in.web;

import java.util.List;

import org.aanboord.console.adapter.out.services.CasesClient;
import org.aanboord.console.adapter.out.services.CasesClient.CaseView;
import org.aanboord.console.adapter.out.services.RiskClient;
import org.aanboord.console.adapter.out.services.RiskClient.Assessment;
import org.aanboord.console.signin.ConsoleUser;
import org.aanboord.console.signin.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One pupil (by pseudonym): the attention level and why, in words, and the case with what the CLB did. Only for the
 * pupil's own school and for the CLB that holds the pupil's case.
 */
@Controller
class PupilController {

    private final RiskClient risk;
    private final CasesClient cases;

    PupilController(RiskClient risk, CasesClient cases) {
        this.risk = risk;
        this.cases = cases;
    }

    @GetMapping("/pupils/{pseudonym}")
    String pupil(@ModelAttribute("user") ConsoleUser user, @PathVariable String pseudonym, Model model) {
        Assessment assessment = risk.assessment(pseudonym).orElse(null);
        List<CaseView> pupilCases = (user.is(Role.CLB_WORKER) ? cases.ofClb(user.organisationId())
                : cases.ofSchool(user.organisationId())).stream()
                .filter(file -> pseudonym.equals(file.pupilPseudonym())).toList();
        boolean ownSchool = user.is(Role.SCHOOL_STAFF) && risk.pupilsOf(user.organisationId()).stream()
                .anyMatch(pupil -> pseudonym.equals(pupil.pupilPseudonym()));
        if (!ownSchool && pupilCases.isEmpty()) {
            throw new NotYours("pupil " + pseudonym);
        }
        model.addAttribute("pseudonym", pseudonym);
        model.addAttribute("assessment", assessment);
        model.addAttribute("cases", pupilCases);
        model.addAttribute("notes", pupilCases.isEmpty() ? List.of() : cases.notes(pupilCases.get(0).caseId()));
        return "pupil";
    }
}
