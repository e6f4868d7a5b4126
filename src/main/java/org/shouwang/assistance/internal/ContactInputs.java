package org.shouwang.assistance.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.shouwang.assistance.ContactEnd;
import org.shouwang.assistance.ContactKind;
import org.shouwang.assistance.ContactPersonDraft;

/** Checks contact-person forms: lengths of the V19 columns, a phone that can be dialled, a known kind. */
public final class ContactInputs {

    /** Mobile or landline with area code and extension, as people write them. */
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9\\- ]{5,18}[0-9]");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

    /** The end of one person, as validated. */
    public record Ending(String reason, LocalDate on) {
    }

    private ContactInputs() {
    }

    public static ContactStore.Entry check(ContactPersonDraft d, LocalDate today) {
        Form f = new Form();
        ContactPersonDraft x = d == null ? new ContactPersonDraft(null, null, null, null, null, null, null, null) : d;
        String name = f.text("name", x.name(), 50, "姓名", true);
        String username = f.text("username", x.username(), 64, "账号", false);
        if (username != null && !USERNAME.matcher(username).matches()) {
            f.error("username", "USERNAME_FORMAT", "账号只能由字母、数字和 . _ - 组成");
        }
        String unit = f.text("unit", x.unit(), 100, "工作单位", true);
        String phone = f.text("phone", x.phone(), 20, "联系电话", false);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            f.error("phone", "PHONE_FORMAT", "联系电话格式不正确");
        }
        ContactKind kind = f.code("kind", x.kind(), ContactKind.class, "联系人类型");
        LocalDate start = f.date("startOn", x.startOn(), "任职日期", today);
        if (start != null && start.isAfter(today)) {
            f.error("startOn", "DATE_FUTURE", "任职日期不能晚于今天");
        }
        if (x.replacesId() != null) {
            f.text("endReason", x.endReason(), 200, "原联系人的调整原因", true);
        }
        f.verify("联系人信息");
        return new ContactStore.Entry(name, username, unit, phone, kind, start);
    }

    public static Ending end(ContactEnd e, LocalDate today) {
        Form f = new Form();
        String reason = f.text("reason", e == null ? null : e.reason(), 200, "调整原因", true);
        LocalDate on = f.date("endedOn", e == null ? null : e.endedOn(), "结束日期", today);
        if (on != null && on.isAfter(today)) {
            f.error("endedOn", "DATE_FUTURE", "结束日期不能晚于今天");
        }
        f.verify("结束联系人");
        return new Ending(reason, on);
    }
}
