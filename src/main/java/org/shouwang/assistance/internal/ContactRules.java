package org.shouwang.assistance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.assistance.CheckResult;
import org.shouwang.assistance.ContactKind;
import org.shouwang.assistance.PlanCheck;

/**
 * Which contact persons a monitored household needs and whether they were named in time ([004] 三(四), DOMAIN.md 0
 * Assistance): a relocated household one from the township it left and one from the resettlement community; a
 * 脱贫户 its existing 帮扶责任人 and a 监测联系人 (two during monitoring); any other household a 监测联系人.
 * Plain Java: the caller passes today and the due date (the profile's CONTACT_PERSON step).
 */
public final class ContactRules {

    /** What the rules need of the household. */
    public record Household(boolean povertyAlleviated, boolean relocated) {
    }

    /** A current (not ended) contact person. */
    public record Current(ContactKind kind, String name, String unit, LocalDate startOn) {
    }

    private ContactRules() {
    }

    public static List<ContactKind> required(Household h) {
        if (h.relocated()) {
            return List.of(ContactKind.ORIGIN_TOWNSHIP, ContactKind.RESETTLEMENT_COMMUNITY);
        }
        return h.povertyAlleviated() ? List.of(ContactKind.EXISTING, ContactKind.MONITORING) : List.of(ContactKind.MONITORING);
    }

    /** One check per required kind; {@code due} null means the household's clock has not started (not monitored). */
    public static List<PlanCheck> check(Household h, List<Current> current, LocalDate due, LocalDate today) {
        List<PlanCheck> out = new ArrayList<>();
        if (due == null) {
            return out;
        }
        for (ContactKind kind : required(h)) {
            Current c = current.stream().filter(x -> x.kind() == kind).findFirst().orElse(null);
            out.add(check(kind, c, due, today));
        }
        return out;
    }

    private static PlanCheck check(ContactKind kind, Current c, LocalDate due, LocalDate today) {
        String subject = kind.label();
        if (c == null) {
            long left = ChronoUnit.DAYS.between(today, due);
            return left >= 0
                    ? PlanCheck.of("CONTACT_PERSON", subject, CheckResult.DUE, subject + "应于 " + due + " 前明确，还剩 " + left + " 天")
                    : PlanCheck.of("CONTACT_PERSON", subject, CheckResult.OVERDUE,
                            subject + "应于 " + due + " 前明确，已逾期 " + (-left) + " 天");
        }
        String who = c.name() + "（" + c.unit() + "）";
        // The existing 帮扶责任人 of a 脱贫户 was named long before monitoring; only new persons run on the clock.
        if (kind != ContactKind.EXISTING && c.startOn().isAfter(due)) {
            return PlanCheck.of("CONTACT_PERSON", subject, CheckResult.LATE, who + "自 " + c.startOn() + " 起担任，晚于时限 "
                    + due + " 共 " + ChronoUnit.DAYS.between(due, c.startOn()) + " 天");
        }
        return PlanCheck.of("CONTACT_PERSON", subject, CheckResult.MET, who + "自 " + c.startOn() + " 起担任");
    }
}
