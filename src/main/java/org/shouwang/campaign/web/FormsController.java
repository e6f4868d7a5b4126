package org.shouwang.campaign.web;

import java.util.List;
import org.shouwang.access.CurrentUsers;
import org.shouwang.campaign.FormInput;
import org.shouwang.campaign.FormQueries;
import org.shouwang.campaign.FormView;
import org.shouwang.campaign.ScreeningForms;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 排查表: a screener's households, the pre-filled form, trying and submitting it, and the village lists around it. */
@RestController
class FormsController {

    private final ScreeningForms forms;
    private final FormQueries queries;
    private final CurrentUsers users;

    FormsController(ScreeningForms forms, FormQueries queries, CurrentUsers users) {
        this.forms = forms;
        this.queries = queries;
        this.users = users;
    }

    @GetMapping("/api/campaigns/mine")
    List<FormQueries.Assigned> mine(@RequestParam(required = false) String status) {
        return queries.mine(users.current(), status);
    }

    @GetMapping("/api/campaigns/{id}/households/{householdId}/form")
    FormView open(@PathVariable long id, @PathVariable long householdId) {
        return forms.open(id, householdId, users.current());
    }

    /** The flag and checks these answers would give; nothing is kept. */
    @PostMapping("/api/campaigns/{id}/households/{householdId}/form/preview")
    FormView.Evaluation preview(@PathVariable long id, @PathVariable long householdId, @RequestBody FormInput body) {
        return forms.preview(id, householdId, body, users.current());
    }

    @PutMapping("/api/campaigns/{id}/households/{householdId}/form")
    FormView submit(@PathVariable long id, @PathVariable long householdId, @RequestBody FormInput body) {
        return forms.submit(id, householdId, body, users.current());
    }

    @GetMapping("/api/campaigns/{id}/checks")
    List<FormQueries.Failing> checks(@PathVariable long id, @RequestParam(required = false) String region) {
        return queries.failingChecks(id, region, users.current());
    }

    @GetMapping("/api/campaigns/{id}/rollback-proposals")
    List<FormQueries.Rollback> rollbacks(@PathVariable long id, @RequestParam(required = false) String region) {
        return queries.rollbacks(id, region, users.current());
    }
}
