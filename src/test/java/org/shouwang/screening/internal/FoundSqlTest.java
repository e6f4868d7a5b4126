package org.shouwang.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What {@link FoundSql} relies on: below 10^7, Java writes a double of k cents ({@code k / 100.0}) as the plain
 * decimal of k cents, with ".0" for a whole number. Every |k| below 2·10^7 and a million more up to 10^9 here (every k
 * below 10^9 was checked once, in four minutes); and at 10^7 Java turns to its exponent form, where SQL declines.
 */
class FoundSqlTest {

    @Test
    void aDoubleOfKCentsIsWrittenAsThePlainDecimalOfK() {
        List<String> problems = new ArrayList<>();
        for (long k = -20_000_000; k < 20_000_000; k++) {
            check(k, problems);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            check(random.nextLong(-999_999_999L, 1_000_000_000L), problems);
        }
        assertThat(problems).isEmpty();
        assertThat(Double.toString(1_000_000_000L / 100.0)).isEqualTo("1.0E7");
    }

    private static void check(long k, List<String> problems) {
        long a = Math.abs(k), f = a % 100;
        String plain = (k < 0 ? "-" : "") + a / 100 + "." + (f == 0 ? "0" : f % 10 == 0 ? Long.toString(f / 10)
                : (f < 10 ? "0" : "") + f);
        String java = Double.toString(k / 100.0);
        if (!java.equals(plain) && problems.size() < 20) {
            problems.add(k + ": " + java + " against " + plain);
        }
    }
}
