package org.shouwang.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A reason shows an evidence double as its plain decimal without trailing zeros, whatever its size. */
class FindingTest {

    @Test
    void aDoubleReadsAsItsPlainDecimalWithoutTrailingZeros() {
        assertThat(Finding.text(8800.0)).isEqualTo("8800");
        assertThat(Finding.text(7999.99)).isEqualTo("7999.99");
        assertThat(Finding.text(0.0)).isEqualTo("0");
        assertThat(Finding.text(-0.0)).isEqualTo("0");
        assertThat(Finding.text(1.0E7)).isEqualTo("10000000");
        assertThat(Finding.text(1.5E-4)).isEqualTo("0.00015");
        assertThat(Finding.text(-2500.5)).isEqualTo("-2500.5");
        assertThat(Finding.text(Double.NaN)).isEqualTo("NaN");
        assertThat(Finding.text(3L)).isEqualTo("3");
        assertThat(Finding.text("至")).isEqualTo("至");
    }

    @Test
    void theShortFormAgreesWithBigDecimalsPlainString() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 100_000; i++) {
            double d = switch (i % 4) {
                case 0 -> Math.round(random.nextDouble(-1e6, 1e8) * 100) / 100.0; // amounts in cents
                case 1 -> random.nextDouble(-1e12, 1e12);
                case 2 -> random.nextInt(-100_000, 100_000);
                default -> random.nextDouble() / Math.pow(10, random.nextInt(0, 8));
            };
            assertThat(Finding.text(d)).as("%s", d).isEqualTo(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
        }
    }
}
