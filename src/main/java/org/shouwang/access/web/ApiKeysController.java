package org.shouwang.access.web;

import java.util.List;
import org.shouwang.access.ApiKey;
import org.shouwang.access.ApiKeys;
import org.shouwang.access.CurrentUsers;
import org.shouwang.shared.Department;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Department API keys, issued and revoked by a county administrator within the administrator's region scope. */
@RestController
@RequestMapping("/api/api-keys")
class ApiKeysController {

    private final ApiKeys keys;
    private final CurrentUsers users;

    ApiKeysController(ApiKeys keys, CurrentUsers users) {
        this.keys = keys;
        this.users = users;
    }

    record NewKey(String name, Department department, String regionCode) {
    }

    @GetMapping
    List<ApiKey> list() {
        return keys.list(users.current());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiKey create(@RequestBody NewKey body) {
        return keys.create(body.name(), body.department(), body.regionCode(), users.current());
    }

    @DeleteMapping("/{id}")
    ApiKey revoke(@PathVariable long id) {
        return keys.revoke(id, users.current());
    }
}
