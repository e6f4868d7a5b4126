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
        // four per core: enough to keep the cores busy while some requests wait on PostgreSQL, few enough to keep order
        int permits = configured > 0 ? configured : 4 * Runtime.getRuntime().availableProcessors();
        LoggerFactory.getLogger(RequestGate.class).info("Requests worked on at a time: {}", permits);
        FilterRegistrationBean<RequestGate> registration = new FilterRegistrationBean<>(new RequestGate(permits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
