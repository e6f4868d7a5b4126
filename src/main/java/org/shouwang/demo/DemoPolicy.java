package org.shouwang.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.shouwang.access.CurrentUser;
import org.shouwang.policy.PolicyProfiles;
import org.shouwang.policy.ProfileEdits;
import org.shouwang.policy.ProfileParameters;

/**
 * The demo county's own policy profile: an invented threshold (clearly marked as demo data) with the department push
 * rules of the 淮北烈山 2022 plan, so the demo screens, explains and raises clues out of the box.
 */
public final class DemoPolicy {

    static final BigDecimal THRESHOLD = new BigDecimal("8800");
    static final String NAME = "守望县 2026 年防止返贫监测（演示）";

    private DemoPolicy() {
    }

    public static long define(ProfileEdits edits, PolicyProfiles profiles, CurrentUser admin, String county) {
        ProfileParameters parameters = new ProfileParameters(
                new ProfileParameters.Threshold(THRESHOLD, "演示数据（虚构），不是任何地区的真实监测范围"), null,
                new ProfileParameters.IncomeWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null),
                null, null, null, null, null, null, null,
                Map.of("medicalSelfPaidLimit", new BigDecimal("20000"), "farmLossLimit", new BigDecimal("10000")));
        long id = edits.create(admin, new ProfileEdits.ProfileInput(county, NAME,
                LocalDate.of(2026, 1, 1), null, "演示画像：监测范围为虚构数值；部门推送规则沿用淮北市烈山区 2022 年方案。",
                parameters, null));
        profiles.shipped("huaibei-lieshan-2022").ifPresent(from -> edits.copyPublishedRules(admin, from, id));
        return id;
    }
}
