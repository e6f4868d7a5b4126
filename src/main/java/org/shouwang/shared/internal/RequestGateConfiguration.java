package org.shouwang.shared.internal;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the {@link RequestGate} in front of every other filter, security included: their work is gated too. */
@Configuration(proxyBeanMethods = false)
class RequestGateConfiguration {

    @Bean
    FilterRegistrationBean<RequestGate> requestGate(@Value("${shouwang.web.concurrent-requests:0}") int configured) {
        // two per core: with PostgreSQL on the same cores a request is CPU work from end to end, and more at once only
        // slice the cores thinner (household search under 50 clients on 2 cores, names: p99 61 ms at four per core,
        // 37 ms at two, with more requests served, docs/benchmarks.md); a server whose PostgreSQL is elsewhere sets more
        int permits = configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
        LoggerFactory.getLogger(RequestGate.class).info("Requests worked on at a time: {}", permits);
        FilterRegistrationBean<RequestGate> registration = new FilterRegistrationBean<>(new RequestGate(permits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
