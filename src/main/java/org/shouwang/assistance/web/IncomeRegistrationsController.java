package org.shouwang.assistance.web;

import java.util.List;
import org.shouwang.access.CurrentUsers;
import org.shouwang.assistance.IncomeRegistration;
import org.shouwang.assistance.IncomeRegistrationDraft;
import org.shouwang.assistance.IncomeRegistrations;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IncomeRegistrationsController {

    private final IncomeRegistrations registrations;
    private final CurrentUsers users;

    IncomeRegistrationsController(IncomeRegistrations registrations, CurrentUsers users) {
        this.registrations = registrations;
        this.users = users;
    }

    @PostMapping("/api/households/{id}/income-registrations")
    @ResponseStatus(HttpStatus.CREATED)
    IncomeRegistration register(@PathVariable long id, @RequestBody IncomeRegistrationDraft body) {
        return registrations.register(id, body, users.current());
    }

    @GetMapping("/api/households/{id}/income-registrations")
    List<IncomeRegistration> ofHousehold(@PathVariable long id) {
        return registrations.ofHousehold(id, users.current());
    }
}
