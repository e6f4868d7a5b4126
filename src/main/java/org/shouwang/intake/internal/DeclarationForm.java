package org.shouwang.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.Violation;

/**
 * What the public page sends, exactly as typed. {@link #check()} applies the rules field by field and returns every
 * broken one at once, so the applicant fixes the form in one go.
 */
public record DeclarationForm(String code, String name, String idNumber, String phone, String difficultyType,
        String description, Boolean consent) {

    /** The form after every rule passed, normalised (18-digit ID, trimmed text). */
    public record Valid(String code, String name, String idNumber, String phone, DifficultyType difficulty,
            String description) {
    }

    /** Outcome of {@link #check()}: a valid form or the violations. */
    public record Checked(Valid valid, List<Violation> violations) {
    }

    static final int MAX_DESCRIPTION = 500;

    // Han characters, with the middle dot of transliterated minority names (e.g. 阿依古丽·买买提) between them
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}+([·•]\\p{IsHan}+)*");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    public Checked check() {
        List<Violation> v = new ArrayList<>();
        String c = Tokens.normalise(code, Tokens.QR_LENGTH, Tokens.QR_LENGTH);
        if (c == null) {
            v.add(new Violation("code", "CODE_UNKNOWN", "二维码无效，请重新扫描村里张贴或发放的申报二维码"));
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            v.add(new Violation("name", "NAME_REQUIRED", "请填写申请人姓名"));
        } else if (n.codePointCount(0, n.length()) < 2 || n.codePointCount(0, n.length()) > 20
                || !NAME.matcher(n).matches()) {
            v.add(new Violation("name", "NAME_FORMAT", "姓名应为2至20个汉字（少数民族姓名可用“·”分隔）"));
        }
        IdNumber.Parsed id = IdNumber.parse("idNumber", idNumber);
        if (!id.ok()) {
            v.add(id.violation());
        }
        String p = phone == null ? "" : phone.strip().replace(" ", "");
        if (p.isEmpty()) {
            v.add(new Violation("phone", "PHONE_REQUIRED", "请填写联系电话，村里会打这个电话联系您"));
        } else if (!MOBILE.matcher(p).matches() && !LANDLINE.matcher(p).matches()) {
            v.add(new Violation("phone", "PHONE_FORMAT", "联系电话应为11位手机号（如13812345678）或带区号的固定电话（如0564-1234567）"));
        }
        DifficultyType d = DifficultyType.of(difficultyType);
        if (d == null) {
            v.add(new Violation("difficultyType", "DIFFICULTY_REQUIRED", "请选择遇到的困难类型"));
        }
        String text = description == null ? "" : description.strip();
        checkDescription(text, v);
        if (!Boolean.TRUE.equals(consent)) {
            v.add(new Violation("consent", "CONSENT_REQUIRED", "请阅读并勾选承诺授权，否则村里无法核实您家的情况"));
        }
        if (!v.isEmpty()) {
            return new Checked(null, v);
        }
        return new Checked(new Valid(c, n, id.number().value(), p, d, text), List.of());
    }

    private static void checkDescription(String text, List<Violation> v) {
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            v.add(new Violation("description", "DESCRIPTION_REQUIRED", "请简要说明遇到的困难"));
        } else if (length > MAX_DESCRIPTION) {
            v.add(new Violation("description", "DESCRIPTION_TOO_LONG",
                    "情况说明最多" + MAX_DESCRIPTION + "字，现有" + length + "字，请精简"));
        } else if (text.codePoints().anyMatch(DeclarationForm::forbidden)) {
            v.add(new Violation("description", "DESCRIPTION_CHARACTERS", "情况说明不能包含尖括号“<”“>”或不可见的控制字符"));
        }
    }

    // Angle brackets are refused outright: the text is shown to officials in several places, never as markup.
    private static boolean forbidden(int c) {
        if (c == '<' || c == '>' || c == '\uFE64' || c == '\uFE65' || c == '\uFF1C' || c == '\uFF1E') {
            return true;
        }
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.SURROGATE || c == 0xFFFD;
    }
}
