package org.samvad.admin.summary;

import java.util.List;
import org.samvad.admin.access.Access;
import org.samvad.admin.access.Access.Scope;
import org.samvad.db.access.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Summaries of a questionnaire's answers for any location, with its children's headline
 * figures: for coordinators and observers inside their tokens' scope, and for admins.
 * Every summary pulled is recorded in the audit trail.
 */
@RestController
class SummaryController {

    private final Summaries summaries;

    SummaryController(Summaries summaries) {
        this.summaries = summaries;
    }

    /**
     * The summary for a state, district, assembly constituency or booth.
     *
     * @param version the questionnaire versions to combine (repeat the parameter); the newest
     *     published or closed one when absent
     */
    @GetMapping("/api/summaries/{locationCode}")
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER}, scope = Scope.LOCATION_PATH_VARIABLE,
            audit = "summary")
    Summary summary(@PathVariable String locationCode, @RequestParam String questionnaire,
            @RequestParam(required = false) List<Integer> version) {
        return summaries.of(locationCode, questionnaire, version);
    }
}
