package org.aanboord.ingestion.adapter.in.web;

import java.util.ArrayList;
import java.util.List;

import org.aanboord.ingestion.application.NumberedRequest;
import org.aanboord.ingestion.application.RowError;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.security.AccessRefusedException;
import org.aanboord.platform.security.Caller;
import org.aanboord.platform.security.Tenancy;
import org.springframework.stereotype.Component;

/**
 * A school writes only about its own pupils. A request naming another school of the region is refused (403); in a
 * batch only those rows are, each in the report with rule {@value #RULE}, so the school's own rows still go through.
 * A school no agreement knows is left to validation, which refuses it as unknown.
 */
@Component
class OwnSchool {

    static final String RULE = "not-your-school";

    private final Tenancy tenancy;
    private final AgreementDirectory agreements;

    OwnSchool(Tenancy tenancy, AgreementDirectory agreements) {
        this.tenancy = tenancy;
        this.agreements = agreements;
    }

    void require(Caller caller, String schoolId) {
        if (foreign(caller, schoolId)) {
            throw new AccessRefusedException(caller.role() + " of " + caller.organisationId()
                    + " may not write for school '" + schoolId + "'");
        }
    }

    /** The caller's own rows; every row naming another school becomes an error of the report. */
    Rows keepOwn(Caller caller, List<NumberedRequest> rows, List<RowError> errors) {
        List<NumberedRequest> own = new ArrayList<>(rows.size());
        List<RowError> refused = new ArrayList<>(errors);
        for (NumberedRequest row : rows) {
            if (foreign(caller, row.request().schoolId())) {
                refused.add(new RowError(row.line(), "schoolId", RULE, "'" + row.request().schoolId()
                        + "' is not the school of " + caller.who()));
            } else {
                own.add(row);
            }
        }
        return new Rows(own, refused);
    }

    private boolean foreign(Caller caller, String schoolId) {
        return schoolId != null && !tenancy.covers(caller, schoolId) && agreements.knowsSchool(schoolId);
    }

    record Rows(List<NumberedRequest> requests, List<RowError> refused) {
    }
}
