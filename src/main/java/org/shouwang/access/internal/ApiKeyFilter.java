package org.shouwang.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.shouwang.access.ApiCaller;
import org.shouwang.access.ApiKeys;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code X-Api-Key}: the key alone decides who calls, any session cookie is
 * ignored, and nothing is stored in a session. Such a request needs no CSRF token, because a browser cannot send a
 * custom header to another site without a CORS preflight this server never grants. Keys work only for the feed API.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String FEEDS = "/api/feeds/";

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    static boolean carriesKey(HttpServletRequest request) {
        return request.getHeader(ApiKeys.HEADER) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesKey(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(FEEDS)) {
            SecurityConfiguration.problem(response, 403, "API_KEY_NOT_ALLOWED", "接口密钥只能用于部门数据推送（/api/feeds/…）");
            return;
        }
        Optional<ApiCaller> caller = keys.authenticate(request.getHeader(ApiKeys.HEADER));
        if (caller.isEmpty()) {
            SecurityConfiguration.problem(response, 401, "API_KEY_INVALID", "接口密钥无效或已被吊销");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_API_KEY"))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
