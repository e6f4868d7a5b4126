package org.shouwang.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.shouwang.policy.rules.CompiledRule;
import org.shouwang.screening.Finding;
import org.shouwang.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * A double's texts made in PostgreSQL by {@link FoundSql} are Java's, for every value SQL takes on: the cents
 * ({@code Math.round(x * 100)}), the value as a finding keeps it and JSON writes it ({@code Double.toString}), and as
 * the reason shows it. Random doubles of every size, exact ties, values a hair off a tie, negative zero, NaN and the
 * infinities; beyond 10^7 SQL must decline (the household goes to CEL), below it it must not.
 */
@IntegrationTest
class FoundSqlIT {

    @Autowired
    DataSource dataSource;

    @Test
    void doublesAreWrittenAsJavaWritesThem() throws Exception {
        List<Double> xs = values();
        String sql = "select x, k, case when k > -1000000000 and k < 1000000000 then " + FoundSql.javaDouble("k")
                + " end, case when k > -1000000000 and k < 1000000000 then " + FoundSql.reasonDouble("k", FoundSql.javaDouble("k")) + " end"
                + " from (select x, " + FoundSql.cents("x") + " as k from unnest(?::float8[]) with ordinality as u(x, n)) s";
        List<String> problems = new ArrayList<>();
        int declined = 0;
        JsonMapper json = JsonMapper.builder().build();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("float8", xs.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double x = rs.getDouble(1);
                    String shown = rs.getString(3);
                    if (shown == null) {
                        declined++;
                        if (Double.isFinite(x) && Math.abs(x) < 9_999_999.99) {
                            problems.add(x + ": declined in SQL");
                        }
                        continue;
                    }
                    Object kept = CompiledRule.shown(x);
                    StringBuilder asJson = new StringBuilder();
                    JsonText.value(kept, asJson, json);
                    String reason = new Finding("R", 1, "规则", "", "", Map.of("值", kept), null, null, null).reason();
                    String expected = Math.round(x * 100) + " " + kept + " " + asJson + " " + reason;
                    String actual = rs.getLong(2) + " " + shown + " " + shown + " 规则（值：" + rs.getString(4) + "）";
                    if (!expected.equals(actual) && problems.size() < 20) {
                        problems.add(Double.toString(x) + ": Java " + expected + " | SQL " + actual);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(declined).as("values SQL leaves to CEL").isBetween(10, xs.size() / 3);
    }

    private static List<Double> values() {
        List<Double> xs = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 0.49999999999999994, -0.49999999999999994, 0.005,
                -0.005, 0.015, 0.025, -0.025, 1.005, 2.675, -2.675, 9_999_999.99, 9_999_999.994, 9_999_999.995,
                -9_999_999.995, 1e7, -1e7, 1e7 - 0.001, 123456.785, 25000.0, 20000.01, 0.6, 0.1 + 0.2, 1.0 / 3, 7900.0,
                -0.001, 0.0049999999999999999, 1e-320));
        SplittableRandom random = new SplittableRandom(20261207);
        for (int i = 0; i < 40_000; i++) {
            long cents = random.nextLong(-1_000_000_000L, 1_000_000_000L);
            xs.add(cents / 100.0); // exact amounts
            xs.add((cents + 0.5) / 100.0); // ties, as near as a double comes
            xs.add(Math.nextUp((cents + 0.5) / 100.0));
            xs.add(Math.nextDown((cents + 0.5) / 100.0));
            xs.add(random.nextDouble(-20_000, 20_000)); // ratios and incomes computed
            xs.add(Double.longBitsToDouble(random.nextLong())); // anything at all
        }
        return xs;
    }
}
