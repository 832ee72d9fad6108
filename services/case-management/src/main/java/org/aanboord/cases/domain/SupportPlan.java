package org.aanboord.cases.domain;

import java.time.LocalDate;
import java.util.List;

/** The individual support plan (domain §5.5): clear goals, what the school adapts, strengths, when to review. */
public record SupportPlan(List<Goal> goals, List<String> adaptations, List<String> strengths,
        List<LocalDate> reviewDates) {

    public SupportPlan {
        goals = goals == null ? List.of() : List.copyOf(goals);
        adaptations = adaptations == null ? List.of() : List.copyOf(adaptations);
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        reviewDates = reviewDates == null ? List.of() : List.copyOf(reviewDates);
    }
}
