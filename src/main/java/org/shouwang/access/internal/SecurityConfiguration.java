package org.shouwang.access.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Session login for the browser, CSRF on (cookie-to-header, as single-page apps do), every /api path
 * authenticated except login itself; region scope is enforced in each module on top of this.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    /** Users live in the access module's own table; this empty manager only keeps Boot from inventing a default user. */
    @Bean
    org.springframework.security.core.userdetails.UserDetailsService noDefaultUser() {
        return new org.springframework.security.provisioning.InMemoryUserDetailsManager();
    }

    /**
     * No observation of Spring Security's own filters: nothing reads those metrics, and wrapping each of a dozen
     * filters in an observation cost more per request than the household search the request carries.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings noSecurityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityContextRepository contexts, org.shouwang.access.ApiKeys keys)
            throws Exception {
        http.csrf(csrf -> csrf.spa().ignoringRequestMatchers(ApiKeyFilter::carriesKey))
                .addFilterBefore(new ApiKeyFilter(keys), org.springframework.security.web.csrf.CsrfFilter.class)
                .securityContext(sc -> sc.securityContextRepository(contexts))
                // an API answers 401 and the single-page app decides where to go; no request is saved for after login
                .requestCache(rc -> rc.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/auth/login", "/api/auth/csrf", "/api/public/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/**", "/actuator/**").authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(res, 401, "UNAUTHENTICATED", "请先登录"))
                        .accessDeniedHandler((req, res, ex) -> {
                            if (ex instanceof org.springframework.security.web.csrf.CsrfException) {
                                problem(res, 403, "CSRF_INVALID", "页面已过期，请刷新后重试");
                            } else {
                                problem(res, 403, "FORBIDDEN", "您无权进行此操作");
                            }
                        }))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(l -> l.logoutUrl("/api/auth/logout")
                        .logoutSuccessHandler((req, res, auth) -> res.setStatus(HttpServletResponse.SC_NO_CONTENT)))
                .headers(h -> h
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    static void problem(HttpServletResponse res, int status, String code, String detail) throws java.io.IOException {
        res.setStatus(status);
        res.setContentType("application/problem+json;charset=UTF-8");
        res.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + detail
                + "\",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\",\"errors\":[]}");
    }
}
