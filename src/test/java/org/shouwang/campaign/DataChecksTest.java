package org.shouwang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shouwang.registry.Health;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;
import org.shouwang.registry.SchoolStage;

class DataChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static DataCheckFacts.Person adult(LabourCapacity labour, String place, Integer months) {
        return new DataCheckFacts.Person("张三", LocalDate.of(1980, 1, 1), Set.of(Health.HEALTHY), null, labour, place, months);
    }

    static DataCheckFacts facts(HouseholdType type, MonitoringCategory cat, MonitoringStatus status, BigDecimal perCapita,
            List<DataCheckFacts.Person> people, List<String> risks, LocalDate lastIncome, Integer every) {
        return new DataCheckFacts(TODAY, type, cat, status, new BigDecimal("6700"), perCapita, people, risks, lastIncome, every);
    }

    static DataCheckFacts clean() {
        return facts(HouseholdType.ORDINARY, null, MonitoringStatus.NOT_MONITORED, new BigDecimal("9000"),
                List.of(adult(LabourCapacity.ORDINARY, "本县", 6)), List.of(), null, null);
    }

    @Test
    void aTidyHouseholdPassesEveryCheck() {
        assertThat(DataChecks.run(clean())).isEmpty();
    }

    @Test
    void incomeForTheWindowMissingIsReported() {
        var f = facts(HouseholdType.ORDINARY, null, MonitoringStatus.NOT_MONITORED, null, List.of(), List.of(), null, null);
        assertThat(DataChecks.run(f)).extracting(FormCheck::code).containsExactly("INCOME_MISSING");
    }

    @Test
    void unstableCategoryOnAnOrdinaryHouseholdIsInconsistent() {
        var f = facts(HouseholdType.ORDINARY, MonitoringCategory.UNSTABLE, MonitoringStatus.RISK_ACTIVE, new BigDecimal("5000"),
                List.of(), List.of(), null, null);
        assertThat(DataChecks.categoryInconsistent(f)).singleElement().asString().contains("一般农户不能标为脱贫不稳定户");
    }

    @Test
    void marginalOnAPovertyAlleviatedHouseholdAndIncomeAboveTheRangeAreInconsistent() {
        var f = facts(HouseholdType.POVERTY_ALLEVIATED, MonitoringCategory.MARGINAL, MonitoringStatus.RISK_ACTIVE,
                new BigDecimal("9000"), List.of(), List.of(), null, null);
        assertThat(DataChecks.categoryInconsistent(f)).hasSize(2);
    }

    @Test
    void suddenHardshipBelowTheRangeIsInconsistentButAboveIsFine() {
        var below = facts(HouseholdType.ORDINARY, MonitoringCategory.SUDDEN, MonitoringStatus.RISK_ACTIVE, new BigDecimal("5000"),
                List.of(), List.of(), null, null);
        var above = facts(HouseholdType.ORDINARY, MonitoringCategory.SUDDEN, MonitoringStatus.RISK_ACTIVE, new BigDecimal("9000"),
                List.of(), List.of(), null, null);
        assertThat(DataChecks.categoryInconsistent(below)).singleElement().asString().contains("不高于监测范围");
        assertThat(DataChecks.categoryInconsistent(above)).isEmpty();
    }

    @Test
    void unknownDuplicatedOrMoreThanFiveRisksAreInvalid() {
        var unknown = facts(null, null, null, null, List.of(), List.of("ILLNESS", "'; drop table x;--"), null, null);
        assertThat(DataChecks.riskTypes(unknown)).singleElement().asString().startsWith("无效的风险类型");
        var dup = facts(null, null, null, null, List.of(), List.of("ILLNESS", "ILLNESS"), null, null);
        assertThat(DataChecks.riskTypes(dup)).singleElement().asString().contains("重复");
        var six = facts(null, null, null, null, List.of(), List.of("ILLNESS", "DISABILITY", "EDUCATION", "DISASTER",
                "ACCIDENT", "OTHER"), null, null);
        assertThat(DataChecks.riskTypes(six)).singleElement().asString().contains("最多5项");
        var five = facts(null, null, null, null, List.of(), List.of("ILLNESS", "DISABILITY", "EDUCATION", "DISASTER",
                "ACCIDENT"), null, null);
        assertThat(DataChecks.riskTypes(five)).isEmpty();
    }

    @Test
    void aHealthyWorkingAgeNonStudentRecordedWithoutLabourIsAMismatch() {
        var f = facts(null, null, null, null, List.of(adult(LabourCapacity.NONE, null, null), adult(LabourCapacity.WEAK, null, null)),
                List.of(), null, null);
        assertThat(DataChecks.labourAge(f)).hasSize(2).first().asString().contains("46岁");
    }

    @Test
    void studentsTheSickTheYoungAndTheOldMayHaveNoLabour() {
        var student = new DataCheckFacts.Person("学生", LocalDate.of(2007, 1, 1), Set.of(Health.HEALTHY), SchoolStage.UNDERGRADUATE,
                LabourCapacity.NONE, null, null);
        var ill = new DataCheckFacts.Person("病人", LocalDate.of(1980, 1, 1), Set.of(Health.SERIOUS), null, LabourCapacity.NONE, null, null);
        var old = new DataCheckFacts.Person("老人", LocalDate.of(1966, 6, 15), Set.of(Health.HEALTHY), null, LabourCapacity.NONE, null, null);
        var fifteen = new DataCheckFacts.Person("少年", LocalDate.of(2010, 6, 16), Set.of(Health.HEALTHY), null, LabourCapacity.NONE, null, null);
        var f = facts(null, null, null, null, List.of(student, ill, old, fifteen), List.of(), null, null);
        assertThat(DataChecks.labourAge(f)).isEmpty();
    }

    @Test
    void unstableEmploymentNeedsSomeoneAbleToWorkAndAWorkRecord() {
        var noLabour = facts(null, null, null, null, List.of(adult(LabourCapacity.LOST, null, null)),
                List.of("UNSTABLE_EMPLOYMENT"), null, null);
        assertThat(DataChecks.unstableEmployment(noLabour)).singleElement().asString().contains("均无劳动力");
        var noWork = facts(null, null, null, null, List.of(adult(LabourCapacity.ORDINARY, null, null)),
                List.of("UNSTABLE_EMPLOYMENT"), null, null);
        assertThat(DataChecks.unstableEmployment(noWork)).singleElement().asString().contains("没有成员有务工记录");
        var fine = facts(null, null, null, null, List.of(adult(LabourCapacity.ORDINARY, "浙江宁波", 8)),
                List.of("UNSTABLE_EMPLOYMENT"), null, null);
        assertThat(DataChecks.unstableEmployment(fine)).isEmpty();
    }

    @Test
    void incomeIsStaleAfterOnePeriodAndAMonthOfGrace() {
        var fresh = facts(null, null, null, null, List.of(), List.of(), LocalDate.of(2026, 2, 28), 3);
        var stale = facts(null, null, null, null, List.of(), List.of(), LocalDate.of(2026, 2, 14), 3);
        var never = facts(null, null, null, null, List.of(), List.of(), null, 1);
        var notFollowed = facts(null, null, null, null, List.of(), List.of(), null, null);
        assertThat(DataChecks.incomeStale(fresh)).isEmpty();
        assertThat(DataChecks.incomeStale(stale)).singleElement().asString().contains("2026-02-14");
        assertThat(DataChecks.incomeStale(never)).singleElement().asString().contains("从未登记");
        assertThat(DataChecks.incomeStale(notFollowed)).isEmpty();
    }
}
