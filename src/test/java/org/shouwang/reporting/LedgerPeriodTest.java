package org.shouwang.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shouwang.shared.ProblemException;

/** A ledger's period: open at either end, checked, and described in the export's header block. */
class LedgerPeriodTest {

    @Test
    void eitherEndMayBeLeftOpen() {
        assertThat(LedgerPeriod.parse(null, " ").open()).isTrue();
        assertThat(LedgerPeriod.parse(null, null).describe()).isEqualTo("全部");
        assertThat(LedgerPeriod.parse("2026-01-01", null).describe()).isEqualTo("2026-01-01 起");
        assertThat(LedgerPeriod.parse(null, "2026-06-30").describe()).isEqualTo("截至 2026-06-30");
        assertThat(LedgerPeriod.parse(" 2026-01-01 ", "2026-06-30"))
                .isEqualTo(new LedgerPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
        assertThat(LedgerPeriod.parse("2026-01-01", "2026-01-01").describe()).isEqualTo("2026-01-01 至 2026-01-01");
    }

    @Test
    void refusesReversedMalformedAndFarOffDaysWithStableCodes() {
        assertThatThrownBy(() -> LedgerPeriod.parse("2026-06-01", "2026-01-01")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("开始日期不能晚于结束日期");
        for (String bad : new String[] {"2026-13-01", "2026/01/01", "1' or '1'='1", "1899-12-31", "2100-01-01", "２０２６-01-01"}) {
            assertThatThrownBy(() -> LedgerPeriod.parse(bad, null)).as(bad).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void everyLedgerHasAPathAndOnlyTheAlleviatedListIsUndated() {
        for (LedgerKind k : LedgerKind.values()) {
            assertThat(LedgerKind.byPath(k.path())).contains(k);
        }
        assertThat(LedgerKind.byPath("MONITORED")).isEmpty();
        assertThat(LedgerKind.ALLEVIATED.periodBasis()).isNull();
        assertThat(LedgerKind.MONITORED.periodBasis()).isEqualTo("纳入时间");
    }
}
