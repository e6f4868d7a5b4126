package org.shouwang.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.MonitoringCategory;

/** The suggested category from income, household type and hardship, on both sides of the threshold. */
class CaseRulesTest {

    static final BigDecimal THRESHOLD = new BigDecimal("7000");

    @Test
    void withinTheRangeTheTypeDecides() {
        var alleviated = CaseRules.suggest(HouseholdType.POVERTY_ALLEVIATED, new BigDecimal("7000.00"), THRESHOLD);
        assertThat(alleviated.category()).isEqualTo(MonitoringCategory.UNSTABLE);
        assertThat(alleviated.reason()).isEqualTo("脱贫户，人均纯收入 7000 元不高于监测范围 7000 元");
        var ordinary = CaseRules.suggest(HouseholdType.ORDINARY, new BigDecimal("5200.5"), THRESHOLD);
        assertThat(ordinary.category()).isEqualTo(MonitoringCategory.MARGINAL);
        assertThat(ordinary.reason()).contains("一般农户", "5200.5 元");
    }

    @Test
    void aboveTheRangeOnlySuddenHardshipRemains() {
        for (HouseholdType type : HouseholdType.values()) {
            var s = CaseRules.suggest(type, new BigDecimal("7000.01"), THRESHOLD);
            assertThat(s.category()).isEqualTo(MonitoringCategory.SUDDEN);
            assertThat(s.reason()).startsWith("人均纯收入 7000.01 元高于监测范围 7000 元").contains("突发严重困难户");
        }
    }

    @Test
    void withoutIncomeOrThresholdTheReasonSaysIncomeIsStillToBeChecked() {
        var noIncome = CaseRules.suggest(HouseholdType.POVERTY_ALLEVIATED, null, THRESHOLD);
        assertThat(noIncome.category()).isEqualTo(MonitoringCategory.UNSTABLE);
        assertThat(noIncome.reason()).isEqualTo("脱贫户，尚无收入记录，收入待入户核查后确认");
        var noThreshold = CaseRules.suggest(HouseholdType.ORDINARY, new BigDecimal("9000"), null);
        assertThat(noThreshold.category()).isEqualTo(MonitoringCategory.MARGINAL);
        assertThat(noThreshold.reason()).contains("监测范围未设定");
    }
}
