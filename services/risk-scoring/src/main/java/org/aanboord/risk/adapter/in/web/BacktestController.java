package org.aanboord.risk.adapter.in.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.risk.application.RunBacktest;
import org.aanboord.risk.application.RunBacktest.BacktestReport;
import org.aanboord.risk.domain.Measure;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/backtests")
@Tag(name = "Back-test", description = "What a draft agreement's rules would have flagged, without emitting anything")
class BacktestController {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("\\d{4}-\\d{4}");

    private final RunBacktest backtest;

    BacktestController(RunBacktest backtest) {
        this.backtest = backtest;
    }

    @PostMapping
    @Operation(summary = "Replays the stored half-days of a school year against draft rules and the rules in force: "
            + "pupils flagged per rule, per school and per ISO week, and how many weeks earlier or later than now")
    BacktestReport run(@RequestBody BacktestRequest request) {
        validate(request);
        return backtest.run(request.schoolYear(), request.from(), request.to(), request.rules());
    }

    private static void validate(BacktestRequest request) {
        if (request.schoolYear() == null || !SCHOOL_YEAR.matcher(request.schoolYear()).matches()) {
            throw new InvalidRequestException("schoolYear", "a school year such as 2026-2027");
        }
        if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
            throw new InvalidRequestException("to", "must not be before 'from'");
        }
        if (request.rules() == null || request.rules().isEmpty()) {
            throw new InvalidRequestException("rules", "at least one draft rule");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < request.rules().size(); i++) {
            AlertRule rule = request.rules().get(i);
            String at = "rules[" + i + "].";
            if (rule.ruleId() == null || rule.ruleId().isBlank() || !ids.add(rule.ruleId())) {
                throw new InvalidRequestException(at + "ruleId", "a rule id that is not blank and not repeated");
            }
            if (Measure.named(rule.measure()).isEmpty()) {
                throw new InvalidRequestException(at + "measure", "one of " + Arrays.stream(Measure.values())
                        .map(Measure::name).collect(Collectors.joining(", ")));
            }
            if (rule.threshold() < 1) {
                throw new InvalidRequestException(at + "threshold", "must be 1 or higher");
            }
            if (rule.attentionLevel() == null) {
                throw new InvalidRequestException(at + "attentionLevel", "UNIVERSAL, TARGETED or INTENSIVE");
            }
            if (rule.windowSchoolDays() != null && rule.windowSchoolDays() < 1) {
                throw new InvalidRequestException(at + "windowSchoolDays", "must be 1 or higher");
            }
        }
    }

    /**
     * @param schoolYear e.g. 2026-2027
     * @param from       first day to replay (optional)
     * @param to         last day to replay (optional)
     * @param rules      the draft rules, in the agreement's rule format; recipients are not needed
     */
    record BacktestRequest(String schoolYear, LocalDate from, LocalDate to, List<AlertRule> rules) {
    }
}
