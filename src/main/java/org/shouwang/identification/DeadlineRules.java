package org.shouwang.identification;

import java.util.EnumMap;
import java.util.Map;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.policy.ProfileParameters.Deadline;

/**
 * The identification clocks of a profile, with the plan's numbers (seeds/004 三(三)) where the profile is silent:
 * home check 2 days, review 2, publicity 5, township 3, county approval and announcement 3, in all 15 days.
 */
public record DeadlineRules(Map<CaseStep, Deadline> steps, Deadline total, int publicityDays) {

    public static DeadlineRules from(PolicyProfile profile) {
        Map<CaseStep, Deadline> steps = new EnumMap<>(CaseStep.class);
        steps.put(CaseStep.HOME_CHECK, profile.step("HOME_CHECK", calendar(2)));
        steps.put(CaseStep.DEMOCRATIC_REVIEW, profile.step("DEMOCRATIC_REVIEW", calendar(2)));
        steps.put(CaseStep.PUBLICITY, profile.step("PUBLICITY", calendar(5)));
        // Comparison runs during publicity, so it has publicity's clock.
        steps.put(CaseStep.DATA_COMPARISON, steps.get(CaseStep.PUBLICITY));
        steps.put(CaseStep.TOWNSHIP_REVIEW, profile.step("TOWNSHIP_REVIEW", calendar(3)));
        steps.put(CaseStep.COUNTY_APPROVAL, profile.step("COUNTY_APPROVAL", calendar(3)));
        // 区级审定公告 3 日内: approval and announcement share one clock.
        steps.put(CaseStep.ANNOUNCEMENT, steps.get(CaseStep.COUNTY_APPROVAL));
        Integer publicity = profile.parameters().publicityDays();
        return new DeadlineRules(Map.copyOf(steps), profile.step("IDENTIFICATION_TOTAL", calendar(15)),
                publicity == null || publicity < 1 ? 5 : publicity);
    }

    static Deadline calendar(int days) {
        return new Deadline(days, false);
    }
}
