package org.shouwang.policy.internal;

import org.shouwang.policy.rules.RuleEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One rule engine for the application: building the CEL environments costs tens of milliseconds. */
@Configuration(proxyBeanMethods = false)
class RuleEngineConfiguration {

    @Bean
    RuleEngine ruleEngine() {
        return new RuleEngine();
    }
}
