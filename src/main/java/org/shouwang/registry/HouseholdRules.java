package org.shouwang.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.Sex;
import org.shouwang.shared.Violation;

/**
 * Household-level validators (DOMAIN.md 2.1, 2.2, 3.7): exactly one 户主, at most one 配偶 of the other sex,
 * no person twice. Violations on a member carry the field {@code members[i].field}.
 */
public final class HouseholdRules {

    static final Pattern HOUSEHOLD_NO = Pattern.compile("[A-Za-z0-9\\-]{1,32}");
    /** The 脱贫攻坚 years: 精准扶贫 was launched in 2013 and the last poor counties were lifted out in 2020. */
    public static final int FIRST_EXIT_YEAR = 2013;
    public static final int LAST_EXIT_YEAR = 2020;

    private HouseholdRules() {
    }

    public static List<Violation> check(HouseholdDraft h, LocalDate today) {
        List<Violation> out = fields(h, today);
        out.addAll(composition(h.members()));
        return out;
    }

    /**
     * Every rule but the composition: for a household already stored, a draft may list only some members (a new
     * member from the form), so its composition is judged together with the stored members instead.
     */
    static List<Violation> fields(HouseholdDraft h, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (h.householdNo() == null || !HOUSEHOLD_NO.matcher(h.householdNo()).matches()) {
            out.add(new Violation("householdNo", "HOUSEHOLD_NO_FORMAT", "户编号应为1-32位字母、数字或横线"));
        }
        if (h.householdType() == null) {
            out.add(new Violation("householdType", "HOUSEHOLD_TYPE_REQUIRED", "请填写户类型（脱贫户或一般农户）"));
        }
        exitYear(h.householdType(), h.povertyExitYear(), out);
        if (h.relocated() && (h.relocationSite() == null || h.relocationSite().isBlank())) {
            out.add(new Violation("relocationSite", "RELOCATION_SITE_REQUIRED", "易地扶贫搬迁户须填写安置区地址"));
        }
        if (h.phone() != null && !h.phone().isBlank() && !MemberRules.PHONE.matcher(h.phone().strip()).matches()) {
            out.add(new Violation("phone", "PHONE_FORMAT", "户联系电话应为11位手机号或带区号的固定电话"));
        }
        MemberRules.plain("address", h.address(), 200, "家庭住址", out);
        MemberRules.plain("relocationSite", h.relocationSite(), 200, "安置区地址", out);
        MemberRules.plain("groupName", h.groupName(), 50, "村民小组", out);
        MemberRules.plain("gridName", h.gridName(), 50, "网格", out);
        for (int i = 0; i < h.members().size(); i++) {
            for (Violation v : MemberRules.check(h.members().get(i), true, today)) {
                out.add(new Violation("members[" + i + "]." + v.field(), v.code(), v.message()));
            }
        }
        return out;
    }

    /**
     * 脱贫年份 (DOMAIN.md 3.2): optional; only a 脱贫户 has one, and it lies in the 脱贫攻坚 years 2013–2020 — the
     * campaign's fixed span, history rather than policy, so it is not effective-dated data. No year after 2020 exists:
     * households that fell into hardship later are 监测对象, not 脱贫户.
     */
    public static void exitYear(HouseholdType type, Integer year, List<Violation> out) {
        if (year == null) {
            return;
        }
        if (type == HouseholdType.ORDINARY) {
            out.add(new Violation("povertyExitYear", "EXIT_YEAR_NOT_POVERTY", "只有脱贫户填写脱贫年份，一般农户请留空"));
        } else if (year < FIRST_EXIT_YEAR || year > LAST_EXIT_YEAR) {
            out.add(new Violation("povertyExitYear", "EXIT_YEAR_RANGE",
                    "脱贫年份应在" + FIRST_EXIT_YEAR + "至" + LAST_EXIT_YEAR + "年之间（脱贫攻坚期），现填" + year + "年"));
        }
    }

    /** Rules on the set of members as a whole; also used when one member of a stored household changes. */
    public static List<Violation> composition(List<MemberDraft> members) {
        List<Violation> out = new ArrayList<>();
        if (members.isEmpty()) {
            out.add(new Violation("members", "MEMBERS_REQUIRED", "每户至少登记一名成员（户主）"));
            return out;
        }
        long heads = members.stream().filter(m -> m.relation() == Relation.HEAD).count();
        if (heads != 1) {
            out.add(new Violation("members", "HEAD_COUNT", heads == 0 ? "每户须有一名户主" : "每户只能有一名户主（现有" + heads + "名）"));
        }
        long spouses = members.stream().filter(m -> m.relation() == Relation.SPOUSE).count();
        if (spouses > 1) {
            out.add(new Violation("members", "SPOUSE_COUNT", "每户最多一名配偶（现有" + spouses + "名）"));
        }
        Sex headSex = sexOf(members, Relation.HEAD);
        Sex spouseSex = sexOf(members, Relation.SPOUSE);
        if (heads == 1 && spouses == 1 && headSex != null && headSex == spouseSex) {
            out.add(new Violation("members", "SPOUSE_SAME_SEX", "配偶与户主的证件号码性别相同，请核对"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            String id = members.get(i).idNumber() == null ? null : IdNumber.normalise(members.get(i).idNumber());
            if (id != null && !id.isEmpty() && seen.putIfAbsent(id, i) != null) {
                out.add(new Violation("members[" + i + "].idNumber", "ID_DUPLICATE_IN_HOUSEHOLD", "同一证件号码在本户出现多次"));
            }
        }
        return out;
    }

    private static Sex sexOf(List<MemberDraft> members, Relation relation) {
        return members.stream().filter(m -> m.relation() == relation && m.idNumber() != null)
                .map(m -> IdNumber.parse("idNumber", m.idNumber())).filter(IdNumber.Parsed::ok)
                .map(p -> p.number().sex()).findFirst().orElse(null);
    }
}
