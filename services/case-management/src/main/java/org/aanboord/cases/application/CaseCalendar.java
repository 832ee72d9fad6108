package org.aanboord.cases.application;

import java.time.LocalDate;
import java.util.List;

import org.aanboord.cases.domain.CaseFile;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.calendar.SchoolDays;
import org.springframework.stereotype.Component;

/** The school days of a case: the calendar of the agreement that applies to the school today, else the case's own. */
@Component
class CaseCalendar {

    private final AgreementDirectory agreements;

    CaseCalendar(AgreementDirectory agreements) {
        this.agreements = agreements;
    }

    SchoolDays of(CaseFile file, LocalDate today) {
        List<AgreementPublished> candidates = List.of(
                agreements.applicableTo(file.schoolId(), today).orElse(null),
                agreements.version(file.agreementId(), file.agreementVersion()).orElse(null));
        return candidates.stream()
                .filter(agreement -> agreement != null && !agreement.calendars().isEmpty())
                .findFirst()
                .map(agreement -> new SchoolDays(agreement.calendars()))
                .orElseGet(() -> new SchoolDays(List.of()));
    }
}
