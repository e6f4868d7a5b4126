package org.shouwang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.assistance.GuaranteeGap;
import org.shouwang.shared.Violation;

class FormFlagTest {

    static FormInput form(boolean declared, boolean warned, List<GuaranteeGap> gaps, boolean fall, FormInput.LookBackAnswer lb) {
        return new FormInput(null, FormVisitMode.IN_PERSON, List.of(), null, gaps, List.of(), "", declared, warned, fall, lb, null);
    }

    static final FormInput QUIET = form(false, false, List.of(), false, null);

    @Test
    void nothingFiresNothingFlagged() {
        var c = FormFlag.compute(List.of(), QUIET, null);
        assertThat(c.flagged()).isFalse();
        assertThat(c.reasons()).isEmpty();
    }

    @Test
    void aKeyGroupRuleFlagsWithItsNameAndValues() {
        var rule = new FormReason("HN_MINORS_60", "未成年子女占家庭人口60%（含）以上", "未成年子女占家庭人口60%（含）以上（未成年人数：3）");
        var c = FormFlag.compute(List.of(rule), QUIET, null);
        assertThat(c.flagged()).isTrue();
        assertThat(c.reasons()).containsExactly(rule);
    }

    @Test
    void eachOfTheFormsOwnAnswersFlags() {
        assertThat(FormFlag.compute(List.of(), form(true, false, List.of(), false, null), null).reasons())
                .extracting(FormReason::code).containsExactly("FORM_DECLARED");
        assertThat(FormFlag.compute(List.of(), form(false, true, List.of(), false, null), null).reasons())
                .extracting(FormReason::code).containsExactly("FORM_DEPARTMENT_WARNED");
        assertThat(FormFlag.compute(List.of(), form(false, false, List.of(GuaranteeGap.HOUSING, GuaranteeGap.DRINKING_WATER),
                false, null), null).reasons()).singleElement().extracting(FormReason::detail).isEqualTo("住房安全问题、饮水安全问题");
        assertThat(FormFlag.compute(List.of(), form(false, false, List.of(), true, null), null).reasons())
                .extracting(FormReason::code).containsExactly("FORM_INCOME_FALL");
        assertThat(FormFlag.compute(List.of(), form(false, false, List.of(), false,
                new FormInput.LookBackAnswer(true, true, true, "", false)), null).reasons())
                .extracting(FormReason::code).containsExactly("LOOKBACK_NEW_RISK");
    }

    @Test
    void aSharpFallIsComputedFromTheStatementsWithTheProfilesShare() {
        var sharp = new FormFlag.IncomeFall(new BigDecimal("40000"), new BigDecimal("15000"), new BigDecimal("0.5"));
        var mild = new FormFlag.IncomeFall(new BigDecimal("40000"), new BigDecimal("25000"), new BigDecimal("0.5"));
        var noShare = new FormFlag.IncomeFall(new BigDecimal("40000"), new BigDecimal("1000"), null);
        assertThat(FormFlag.compute(List.of(), QUIET, sharp).reasons()).singleElement().extracting(FormReason::detail)
                .asString().contains("40000").contains("15000").contains("63%").contains("50%");
        assertThat(FormFlag.compute(List.of(), QUIET, mild).flagged()).isFalse();
        assertThat(FormFlag.compute(List.of(), QUIET, noShare).flagged()).isFalse();
    }

    @Test
    void overridingDownNeedsAWrittenReasonAndIsRecorded() {
        var computed = FormFlag.compute(List.of(), form(true, false, List.of(), false, null), null);
        List<Violation> errors = new ArrayList<>();
        var none = FormFlag.decide(computed, new FormInput.FlagOverride(false, "  "), errors);
        assertThat(errors).extracting(Violation::code).containsExactly("OVERRIDE_REASON_REQUIRED");
        errors.clear();
        var down = FormFlag.decide(computed, new FormInput.FlagOverride(false, "申报后核实，已在外地稳定就业"), errors);
        assertThat(errors).isEmpty();
        assertThat(down.computed()).isTrue();
        assertThat(down.flagged()).isFalse();
        assertThat(down.overrideReason()).isEqualTo("申报后核实，已在外地稳定就业");
        assertThat(none.flagged()).isFalse();
    }

    @Test
    void overridingUpIsAllowedAndAnAgreeingOverrideIsNoOverride() {
        var computed = FormFlag.compute(List.of(), QUIET, null);
        List<Violation> errors = new ArrayList<>();
        var up = FormFlag.decide(computed, new FormInput.FlagOverride(true, "户主刚确诊重病"), errors);
        assertThat(up.flagged()).isTrue();
        assertThat(up.computed()).isFalse();
        var same = FormFlag.decide(computed, new FormInput.FlagOverride(false, null), errors);
        assertThat(same.overrideReason()).isNull();
        var tooLong = FormFlag.decide(computed, new FormInput.FlagOverride(true, "长".repeat(501)), errors);
        assertThat(errors).extracting(Violation::code).containsExactly("OVERRIDE_REASON_TOO_LONG");
        assertThat(tooLong.flagged()).isTrue();
    }
}
