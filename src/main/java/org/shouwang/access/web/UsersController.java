package org.shouwang.access.web;

import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.CurrentUsers;
import org.shouwang.access.Permission;
import org.shouwang.access.Role;
import org.shouwang.access.UserAccount;
import org.shouwang.access.Users;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration, within the administrator's own region scope. */
@RestController
@RequestMapping("/api/users")
class UsersController {

    private final Users users;
    private final CurrentUsers current;
    private final JdbcClient jdbc;

    UsersController(Users users, CurrentUsers current, JdbcClient jdbc) {
        this.users = users;
        this.current = current;
        this.jdbc = jdbc;
    }

    record UserView(long id, String username, String displayName, Role role, String roleLabel, String regionCode,
            String regionName, boolean enabled, boolean locked) {
    }

    record NewUser(String username, String displayName, Role role, String regionCode, String password) {
    }

    record UserChange(String displayName, Role role, String regionCode, boolean enabled, String password) {
    }

    @GetMapping
    List<UserView> list() {
        CurrentUser admin = admin();
        return users.within(admin.scope()).stream().map(this::view).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@RequestBody NewUser body) {
        CurrentUser admin = admin();
        requireWithin(admin, body.regionCode());
        return view(users.create(body.username(), body.displayName(), body.role(), body.regionCode(), body.password()));
    }

    @PutMapping("/{id}")
    UserView update(@PathVariable long id, @RequestBody UserChange body) {
        CurrentUser admin = admin();
        UserAccount existing = users.byId(id).filter(u -> admin.covers(u.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("用户"));
        requireWithin(admin, body.regionCode());
        if (existing.username().equals(admin.username()) && (!body.enabled() || body.role() != admin.role())) {
            throw new ProblemException(HttpStatus.CONFLICT, "SELF_LOCKOUT", "不能停用自己的账号或修改自己的角色");
        }
        return view(users.update(id, body.displayName(), body.role(), body.regionCode(), body.enabled(), body.password()));
    }

    private CurrentUser admin() {
        CurrentUser user = current.current();
        user.require(Permission.USER_ADMIN);
        return user;
    }

    private static void requireWithin(CurrentUser admin, String regionCode) {
        if (RegionCode.isValid(regionCode) && !admin.covers(regionCode)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "REGION_OUT_OF_SCOPE", "只能在本级管辖范围内分配用户");
        }
    }

    private UserView view(UserAccount u) {
        return new UserView(u.id(), u.username(), u.displayName(), u.role(), u.role().label(), u.regionCode(),
                MeAssembler.regionName(jdbc, u.regionCode()), u.enabled(), u.lockedAt(java.time.Instant.now()));
    }
}
