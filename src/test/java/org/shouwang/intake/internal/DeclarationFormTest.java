package org.shouwang.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.Violation;

class DeclarationFormTest {

    static final String CODE = "ABCDEFGHJKLMNPQR";
    static final String ID = "11010519491231002" + IdNumber.checkChar("11010519491231002");

    static DeclarationForm form(String name, String id, String phone, String type, String text, Boolean consent) {
        return new DeclarationForm(CODE, name, id, phone, type, text, consent);
    }

    static List<String> codes(DeclarationForm f) {
        return f.check().violations().stream().map(Violation::code).toList();
    }

    @Test
    void aCompleteFormIsNormalised() {
        DeclarationForm.Valid v = new DeclarationForm(" abcde-fghjk lmnpqr ", " 阿依古丽·买买提 ", "110105491231002",
                "139 1234 5678", "ILLNESS", "  住院两次 \n自付三万  ", true).check().valid();

        assertThat(v.code()).isEqualTo(CODE);
        assertThat(v.name()).isEqualTo("阿依古丽·买买提");
        assertThat(v.idNumber()).hasSize(18).startsWith("11010519491231002");
        assertThat(v.phone()).isEqualTo("13912345678");
        assertThat(v.difficulty()).isEqualTo(DifficultyType.ILLNESS);
        assertThat(v.description()).isEqualTo("住院两次 \n自付三万");
    }

    @Test
    void landlinesAreAcceptedAndOtherNumbersAreNot() {
        assertThat(codes(form("张三", ID, "0564-1234567", "OTHER", "说明", true))).isEmpty();
        assertThat(codes(form("张三", ID, "05641234567", "OTHER", "说明", true))).isEmpty();
        assertThat(codes(form("张三", ID, "12912345678", "OTHER", "说明", true))).containsExactly("PHONE_FORMAT");
        assertThat(codes(form("张三", ID, "+8613912345678", "OTHER", "说明", true))).containsExactly("PHONE_FORMAT");
    }

    @Test
    void namesAreHanCharactersOnly() {
        assertThat(codes(form("Zhang San", ID, "13912345678", "OTHER", "说明", true))).containsExactly("NAME_FORMAT");
        assertThat(codes(form("·张三", ID, "13912345678", "OTHER", "说明", true))).containsExactly("NAME_FORMAT");
        assertThat(codes(form("张".repeat(21), ID, "13912345678", "OTHER", "说明", true))).containsExactly("NAME_FORMAT");
        assertThat(codes(form("张三<", ID, "13912345678", "OTHER", "说明", true))).containsExactly("NAME_FORMAT");
    }

    @Test
    void descriptionsRefuseMarkupAndInvisibleCharactersButKeepLineBreaks() {
        assertThat(codes(form("张三", ID, "13912345678", "OTHER", "第一行\r\n第二行\t完", true))).isEmpty();
        assertThat(codes(form("张三", ID, "13912345678", "OTHER", "＜b＞", true))).containsExactly("DESCRIPTION_CHARACTERS");
        assertThat(codes(form("张三", ID, "13912345678", "OTHER", "a\u202Eb", true))).containsExactly("DESCRIPTION_CHARACTERS");
        assertThat(codes(form("张三", ID, "13912345678", "OTHER", "𠀀".repeat(500), true))).as("counted in characters").isEmpty();
        assertThat(codes(form("张三", ID, "13912345678", "OTHER", "𠀀".repeat(501), true))).containsExactly("DESCRIPTION_TOO_LONG");
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        assertThat(codes(new DeclarationForm(null, null, null, null, null, null, null))).containsExactly("CODE_UNKNOWN",
                "NAME_REQUIRED", "ID_REQUIRED", "PHONE_REQUIRED", "DIFFICULTY_REQUIRED", "DESCRIPTION_REQUIRED",
                "CONSENT_REQUIRED");
    }

    @Test
    void aHouseholdSurnameIsShownWithTwoStarsWhateverTheNamesLength() {
        assertThat(DeclarationPlaces.masked("张守田")).isEqualTo("张**");
        assertThat(DeclarationPlaces.masked("李四")).isEqualTo("李**");
        assertThat(DeclarationPlaces.masked("𠀀明")).isEqualTo("𠀀**");
        assertThat(DeclarationPlaces.masked(null)).isNull();
    }
}
