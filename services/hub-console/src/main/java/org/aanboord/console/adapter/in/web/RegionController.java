package org.aanboord.console.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.aanboord.console.adapter.out.services.AgreementsClient;
import org.aanboord.console.adapter.out.services.CasesClient;
import org.aanboord.console.adapter.out.services.NotificationsClient;
import org.aanboord.console.adapter.out.services.RiskClient;
import org.aanboord.console.adapter.out.services.RiskClient.RegionStatistics;
import org.aanboord.console.signin.ConsoleUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regisseur's regional dashboard: figures, never pupils. Problematic absence per school and week, attention
 * levels, cases by state, the agreement's indicators (current against target, trend) and escalations waiting.
 */
@Controller
class RegionController {

    private final RiskClient risk;
    private final CasesClient cases;
    private final AgreementsClient agreements;
    private final NotificationsClient notifications;
    private final JsonMapper json;
    private final MessageSource messages;

    RegionController(RiskClient risk, CasesClient cases, AgreementsClient agreements,
            NotificationsClient notifications, JsonMapper json, MessageSource messages) {
        this.risk = risk;
        this.cases = cases;
        this.agreements = agreements;
        this.notifications = notifications;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/region")
    String region(@ModelAttribute("user") ConsoleUser user, Locale locale, Model model) {
        RegionStatistics statistics = risk.statistics();
        Map<String, Long> byState = cases.countsByState();
        List<JsonNode> published = agreements.published();
        String agreementId = published.isEmpty() ? null : published.get(published.size() - 1).path("agreementId").asString();
        List<AgreementsClient.Indicator> indicators = agreementId == null ? List.of() : agreements.indicators(agreementId);
        model.addAttribute("statistics", statistics);
        model.addAttribute("casesByState", byState);
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("indicators", indicators);
        model.addAttribute("escalations", notifications.inbox(user.organisationId()).stream()
                .filter(alert -> alert.escalationOf() != null && !alert.acknowledged()).toList());
        model.addAttribute("schools", schoolsOf(statistics));
        model.addAttribute("chartData", json.writeValueAsString(charts(statistics, byState, indicators, labels(byState, locale))));
        return "region";
    }

    private static List<String> schoolsOf(RegionStatistics statistics) {
        TreeSet<String> schools = new TreeSet<>();
        statistics.schools().forEach(school -> schools.add(school.schoolId()));
        statistics.problematicHalfDaysPerWeek().forEach(week -> schools.addAll(week.perSchool().keySet()));
        return List.copyOf(schools);
    }

    /** The series the charts draw; the same numbers are in the tables next to them. */
    /** Chart labels in the user's language. */
    private Map<String, String> labels(Map<String, Long> byState, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String level : List.of("UNIVERSAL", "TARGETED", "INTENSIVE")) {
            labels.put(level, messages.getMessage("level." + level, null, locale));
        }
        byState.keySet().forEach(state -> labels.put(state, messages.getMessage("status." + state, null, locale)));
        labels.put("target", messages.getMessage("indicator.target", null, locale));
        return labels;
    }

    private static Map<String, Object> charts(RegionStatistics statistics, Map<String, Long> byState,
            List<AgreementsClient.Indicator> indicators, Map<String, String> labels) {
        List<String> schools = schoolsOf(statistics);
        List<String> weeks = statistics.problematicHalfDaysPerWeek().stream().map(RiskClient.WeekFigures::week).toList();
        Map<String, List<Integer>> perSchool = new LinkedHashMap<>();
        for (String school : schools) {
            perSchool.put(school, statistics.problematicHalfDaysPerWeek().stream()
                    .map(week -> week.perSchool().getOrDefault(school, 0)).toList());
        }
        Map<String, List<Integer>> levels = new LinkedHashMap<>();
        for (String level : List.of("UNIVERSAL", "TARGETED", "INTENSIVE")) {
            levels.put(level, statistics.schools().stream()
                    .map(school -> school.pupilsPerLevel().getOrDefault(level, 0)).toList());
        }
        Map<String, Object> indicatorTrends = new LinkedHashMap<>();
        indicators.stream().filter(indicator -> !indicator.trend().isEmpty()).forEach(indicator -> indicatorTrends.put(
                indicator.name(), Map.of("days", indicator.trend().stream().map(p -> p.day().toString()).toList(),
                        "values", indicator.trend().stream().map(AgreementsClient.Point::value).toList(),
                        "target", indicator.targetValue() == null ? 0 : indicator.targetValue())));
        return Map.of("weeks", weeks, "absencePerSchool", perSchool,
                "levelSchools", statistics.schools().stream().map(RiskClient.SchoolFigures::schoolId).toList(),
                "levels", levels, "casesByState", byState, "indicators", indicatorTrends, "labels", labels);
    }
}
