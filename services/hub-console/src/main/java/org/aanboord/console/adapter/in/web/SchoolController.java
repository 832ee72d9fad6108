package org.aanboord.console.adapter.in.web;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aanboord.console.adapter.out.services.CasesClient;
import org.aanboord.console.adapter.out.services.CasesClient.CaseView;
import org.aanboord.console.adapter.out.services.IngestionClient;
import org.aanboord.console.adapter.out.services.RiskClient;
import org.aanboord.console.adapter.out.services.ServiceProblem;
import org.aanboord.console.signin.ConsoleUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The school's care coordinator: upload the attendance export, see the school's pupils and their cases. */
@Controller
@RequestMapping("/school")
class SchoolController {

    private final IngestionClient ingestion;
    private final RiskClient risk;
    private final CasesClient cases;

    SchoolController(IngestionClient ingestion, RiskClient risk, CasesClient cases) {
        this.ingestion = ingestion;
        this.risk = risk;
        this.cases = cases;
    }

    @GetMapping
    String school(@ModelAttribute("user") ConsoleUser user, Model model) {
        Map<String, CaseView> openCases = cases.ofSchool(user.organisationId()).stream()
                .filter(CaseView::isOpen)
                .collect(Collectors.toMap(CaseView::pupilPseudonym, Function.identity(), (a, b) -> a));
        model.addAttribute("pupils", risk.pupilsOf(user.organisationId()));
        model.addAttribute("casesByPupil", openCases);
        return "school";
    }

    /** With htmx only the report is answered (the page shows upload progress meanwhile); without, the whole page. */
    @PostMapping("/upload")
    String upload(@ModelAttribute("user") ConsoleUser user, @RequestParam("file") MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("uploadError", "upload.empty");
        } else {
            try {
                model.addAttribute("report", ingestion.uploadCsv(file.getOriginalFilename(), file.getBytes()));
                model.addAttribute("fileName", file.getOriginalFilename());
            } catch (ServiceProblem refused) {
                model.addAttribute("uploadError", "upload.refused");
                model.addAttribute("uploadDetail", refused.getMessage());
                model.addAttribute("uploadFields", refused.fields());
            }
        }
        if (htmx != null) {
            return "school :: report";
        }
        return school(user, model);
    }
}
