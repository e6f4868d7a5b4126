package org.shouwang.screening.internal;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prepares the rules in force today for every village when the server starts: each village's profile resolved, its
 * rules compiled and their SQL form made, as the first screening run or the first "why is this household flagged?"
 * would otherwise do. After a restart that first use paid for loading and starting the rule engine — some two
 * thousand classes, two seconds of a county's monthly run — on the cores PostgreSQL needed. Done before the server
 * reports itself started; {@code shouwang.screening.prepare-on-start=false} leaves it to the first use.
 */
@Component
class RulesOnStart {

    private static final Logger log = LoggerFactory.getLogger(RulesOnStart.class);

    private final JdbcClient jdbc;
    private final Screeners screeners;
    private final SqlScreening sql;
    private final boolean enabled;

    RulesOnStart(JdbcClient jdbc, Screeners screeners, SqlScreening sql,
            @Value("${shouwang.screening.prepare-on-start:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.screeners = screeners;
        this.sql = sql;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        if (!enabled) {
            return;
        }
        long start = System.nanoTime();
        LocalDate today = screeners.today();
        List<String> villages = jdbc.sql("select code from region where level = 5 order by code").query(String.class).list();
        int prepared = 0;
        try {
            for (String village : villages) {
                Screener s = screeners.forRegion(village, today);
                if (s.profile().threshold() != null) {
                    sql.of(s);
                    prepared++;
                }
            }
            log.info("Rules in force prepared for {} of {} villages in {} ms", prepared, villages.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // a profile that cannot be read now fails the same way when it is used, with the user told there
            log.warn("Preparing the rules in force failed after {} villages: {}", prepared, e.getMessage());
        }
    }
}
