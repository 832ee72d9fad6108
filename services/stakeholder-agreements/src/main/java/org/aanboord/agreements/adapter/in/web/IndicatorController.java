package org.aanboord.agreements.adapter.in.web;

import java.util.List;

import org.aanboord.agreements.application.indicators.IndicatorQueries;
import org.aanboord.agreements.application.indicators.IndicatorQueries.IndicatorState;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Indicators", description = "Resultaatsindicatoren: actuele waarde against streefwaarde, over time")
class IndicatorController {

    private final IndicatorQueries indicators;

    IndicatorController(IndicatorQueries indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/{agreementId}/indicators")
    @Operation(summary = "Every result indicator of the version in force: actuele waarde, streefwaarde, on target, "
            + "and the daily trend of computed values")
    List<IndicatorState> indicators(@PathVariable String agreementId) {
        return indicators.of(agreementId);
    }
}
