package org.aanboord.risk.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What a pupil's behaviour and course-performance signals of a school year say. */
public final class SignalFacts {

    static final SignalFacts NONE = new SignalFacts(List.of());

    private final List<SignalEntry> signals;

    public SignalFacts(Collection<SignalEntry> signals) {
        this.signals = List.copyOf(signals);
    }

    /** The latest report period's result (the most recent date, then the latest version), if any was recorded. */
    public Optional<SignalEntry> latestReport() {
        return ofKind(SignalKind.REPORT_PERIOD_RESULT).stream()
                .max(Comparator.comparing(SignalEntry::date).thenComparing(SignalEntry::category));
    }

    public List<SignalEntry> ofKind(SignalKind kind) {
        return signals.stream().filter(signal -> signal.kind() == kind)
                .sorted(Comparator.comparing(SignalEntry::date))
                .toList();
    }

    /** The days of the signals of this kind, oldest first, for the explanation. */
    public List<LocalDate> days(SignalKind kind) {
        return ofKind(kind).stream().map(SignalEntry::date).toList();
    }
}
