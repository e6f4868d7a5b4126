package org.shouwang.assistance.web;

import java.util.Arrays;
import java.util.List;
import org.shouwang.access.CurrentUsers;
import org.shouwang.assistance.ContactEnd;
import org.shouwang.assistance.ContactKind;
import org.shouwang.assistance.ContactPerson;
import org.shouwang.assistance.ContactPersonDraft;
import org.shouwang.assistance.ContactPersons;
import org.shouwang.assistance.Measure;
import org.shouwang.assistance.MeasureCategory;
import org.shouwang.assistance.MeasureDraft;
import org.shouwang.assistance.MeasureStatus;
import org.shouwang.assistance.Plan;
import org.shouwang.assistance.PlanChecks;
import org.shouwang.assistance.Plans;
import org.shouwang.shared.Labelled;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Contact persons, the plan, its measures and its checks of one household (issue 4, points 5 and 6). */
@RestController
class AssistanceController {

    record Option(String code, String label, boolean development) {
    }

    record Options(List<Option> kinds, List<Option> categories, List<Option> statuses) {
    }

    private final ContactPersons contacts;
    private final Plans plans;
    private final PlanChecks checks;
    private final CurrentUsers users;

    AssistanceController(ContactPersons contacts, Plans plans, PlanChecks checks, CurrentUsers users) {
        this.contacts = contacts;
        this.plans = plans;
        this.checks = checks;
        this.users = users;
    }

    @GetMapping("/api/households/{id}/contact-persons")
    ContactPersons.Overview contactPersons(@PathVariable long id) {
        return contacts.of(id, users.current());
    }

    @PostMapping("/api/households/{id}/contact-persons")
    @ResponseStatus(HttpStatus.CREATED)
    ContactPerson assign(@PathVariable long id, @RequestBody ContactPersonDraft body) {
        return contacts.assign(id, body, users.current());
    }

    @PostMapping("/api/contact-persons/{id}/end")
    ContactPerson end(@PathVariable long id, @RequestBody ContactEnd body) {
        return contacts.end(id, body, users.current());
    }

    @GetMapping("/api/households/{id}/plan")
    Plans.Overview plan(@PathVariable long id) {
        return plans.of(id, users.current());
    }

    @PostMapping("/api/households/{id}/plan")
    @ResponseStatus(HttpStatus.CREATED)
    Plan start(@PathVariable long id) {
        return plans.start(id, users.current());
    }

    @PostMapping("/api/households/{id}/plan/measures")
    @ResponseStatus(HttpStatus.CREATED)
    Measure addMeasure(@PathVariable long id, @RequestBody MeasureDraft body) {
        return plans.add(id, body, users.current());
    }

    @PutMapping("/api/measures/{id}")
    Measure changeMeasure(@PathVariable long id, @RequestBody MeasureDraft body) {
        return plans.change(id, body, users.current());
    }

    @GetMapping("/api/households/{id}/plan/checks")
    PlanChecks.Report checks(@PathVariable long id) {
        return checks.of(id, users.current());
    }

    /** The form's choices, in catalogue order. */
    @GetMapping("/api/assistance/options")
    Options options() {
        return new Options(options(ContactKind.values()),
                Arrays.stream(MeasureCategory.values()).map(c -> new Option(c.name(), c.label(), c.development())).toList(),
                options(MeasureStatus.values()));
    }

    private static List<Option> options(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), v.label(), false)).toList();
    }
}
