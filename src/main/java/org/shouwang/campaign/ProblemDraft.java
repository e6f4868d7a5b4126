package org.shouwang.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.shared.Violation;

/**
 * A problem as the inspector or official records it. Either a region or a household says who answers for it; a
 * household's problem belongs to the household's village.
 */
public record ProblemDraft(Long campaignId, String source, String category, String description, String regionCode,
        Long householdId, String responsibleUnit, String responsiblePerson, String responsibleUsername,
        LocalDate deadline, LocalDate foundOn) {

    static final int MAX_DESCRIPTION = 2000;

    /** Every broken rule of the draft at once, so the form shows them together. */
    List<Violation> violations(LocalDate today) {
        List<Violation> v = new ArrayList<>();
        ProblemSource s = ProblemText.enumOf(ProblemSource.class, source);
        if (s == null) {
            v.add(new Violation("source", "SOURCE_INVALID", "请选择问题来源"));
        } else if (s == ProblemSource.CAMPAIGN && campaignId == null) {
            v.add(new Violation("campaignId", "CAMPAIGN_REQUIRED", "来源为集中排查时请选择排查活动"));
        }
        if (ProblemText.enumOf(ProblemCategory.class, category) == null) {
            v.add(new Violation("category", "CATEGORY_INVALID", "请选择问题类别"));
        }
        ProblemText.check(v, "description", description, MAX_DESCRIPTION, true, "问题描述");
        if (householdId == null && (regionCode == null || regionCode.isBlank())) {
            v.add(new Violation("regionCode", "REGION_REQUIRED", "请选择问题所在的村、乡镇或农户"));
        } else if (householdId == null && !org.shouwang.shared.RegionCode.isValid(regionCode.strip())) {
            v.add(new Violation("regionCode", "REGION_INVALID", "区划代码应为12位数字"));
        }
        ProblemText.check(v, "responsibleUnit", responsibleUnit, 100, true, "责任单位");
        ProblemText.check(v, "responsiblePerson", responsiblePerson, 50, false, "责任人");
        ProblemText.check(v, "responsibleUsername", responsibleUsername, 64, false, "责任人账号");
        if (deadline == null) {
            v.add(new Violation("deadline", "DEADLINE_REQUIRED", "请填写整改时限"));
        } else if (deadline.isBefore(today)) {
            v.add(new Violation("deadline", "DEADLINE_PAST", "整改时限不能早于今天（" + today + "）"));
        }
        if (foundOn != null && foundOn.isAfter(today)) {
            v.add(new Violation("foundOn", "FOUND_IN_FUTURE", "发现日期不能晚于今天"));
        }
        if (foundOn != null && deadline != null && deadline.isBefore(foundOn)) {
            v.add(new Violation("deadline", "DEADLINE_BEFORE_FOUND", "整改时限不能早于发现日期"));
        }
        return v;
    }
}
