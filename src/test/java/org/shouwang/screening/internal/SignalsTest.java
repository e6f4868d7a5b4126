package org.shouwang.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.shouwang.screening.Finding;

/**
 * The dedup key of a signal must not change between versions or threads: a changed key would raise every finding of
 * every household again on the next run.
 */
class SignalsTest {

    @Test
    void theDedupKeyIsTheRuleTheHouseholdAndAHashOfTheValuesWhicheverThreadComputesIt() throws Exception {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("人均纯收入（元）", 7999.99);
        evidence.put("计算人口", 3L);
        Finding f = new Finding("INCOME_BELOW_THRESHOLD", 2, "人均纯收入低于监测范围", null, null, evidence, null, null, null);
        HouseholdData h = new HouseholdData(77, "H-77", "340604001001", "ORDINARY", null, "NOT_MONITORED", null, false,
                List.of(), List.of(), List.of(), List.of());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(evidence.toString().getBytes(StandardCharsets.UTF_8));
        String expected = "rule:INCOME_BELOW_THRESHOLD:v2:h77:" + HexFormat.of().formatHex(digest, 0, 8);

        assertThat(Signals.of(h, f, LocalDate.of(2026, 11, 23), "系统筛查 #1").dedupKey()).isEqualTo(expected);
        assertThat(Signals.of(h, f, LocalDate.of(2026, 11, 23), "系统筛查 #2").dedupKey()).as("again").isEqualTo(expected);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Callable<String>> keys = List.of(() -> Signals.of(h, f, LocalDate.now(), "x").dedupKey(),
                    () -> Signals.of(h, f, LocalDate.now(), "y").dedupKey());
            for (var key : pool.invokeAll(keys)) {
                assertThat(key.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
