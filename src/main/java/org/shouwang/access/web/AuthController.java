package org.shouwang.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.CurrentUsers;
import org.shouwang.access.Login;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final Login login;
    private final CurrentUsers users;
    private final SecurityContextRepository contexts;
    private final MeAssembler me;

    AuthController(Login login, CurrentUsers users, SecurityContextRepository contexts, MeAssembler me) {
        this.login = login;
        this.users = users;
        this.contexts = contexts;
        this.me = me;
    }

    record Credentials(String username, String password) {
    }

    /** Hands out the CSRF token; reading it also makes Spring Security set the XSRF-TOKEN cookie. */
    @GetMapping("/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("token", token.getToken());
    }

    @PostMapping("/login")
    MeAssembler.Me login(@RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = login.authenticate(credentials.username(), credentials.password());
        request.getSession(true);
        request.changeSessionId();
        List<SimpleGrantedAuthority> authorities = user.role().permissions().stream()
                .map(p -> new SimpleGrantedAuthority(p.name())).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return me.of(user);
    }

    @GetMapping("/me")
    MeAssembler.Me me() {
        return me.of(users.current());
    }
}
