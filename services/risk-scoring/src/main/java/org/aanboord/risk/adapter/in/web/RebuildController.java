package org.aanboord.risk.adapter.in.web;

import java.util.regex.Pattern;

import org.aanboord.risk.application.RebuildState;
import org.aanboord.risk.application.RebuildState.RebuildReport;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin/rebuilds")
@Tag(name = "Rebuild", description = "Rebuild all scoring state from the topics into a fresh database")
class RebuildController {

    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_-]{1,48}");

    private final RebuildState rebuild;

    RebuildController(RebuildState rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    @Operation(summary = "Reads agreements and registrations from offset 0 (own consumer group) and scores them into "
            + "the named empty database; publishes nothing. Answers when done.")
    RebuildReport rebuild(@RequestBody RebuildRequest request) {
        if (request.database() == null || !DATABASE.matcher(request.database()).matches()) {
            throw new InvalidRequestException("database", "a database name of 1 to 48 letters, digits, '_' or '-'");
        }
        return rebuild.rebuild(request.database());
    }

    /** @param database the new database to rebuild into, e.g. risk_scoring_rebuild_20261123 */
    record RebuildRequest(String database) {
    }
}
