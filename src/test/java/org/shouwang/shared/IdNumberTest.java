package org.shouwang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    @Test
    void acceptsANumberWithTheRightIso7064CheckCharacter() {
        IdNumber.Parsed p = IdNumber.parse("idNumber", "11010519491231002X");
        assertThat(p.ok()).isTrue();
        assertThat(p.number().birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(p.number().sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void refusesAWrongCheckCharacterAndSaysWhichIsRight() {
        IdNumber.Parsed p = IdNumber.parse("idNumber", "110105194912310021");
        assertThat(p.ok()).isFalse();
        assertThat(p.violation().code()).isEqualTo("ID_CHECKSUM");
        assertThat(p.violation().message()).contains("X");
    }

    @Test
    void normalisesLowerCaseXFullWidthDigitsAndBlanks() {
        assertThat(IdNumber.parse("id", " 11010519491231002x ").number().value()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.parse("id", "１１０１０５１９４９１２３１００２Ｘ").number().value()).isEqualTo("11010519491231002X");
    }

    @Test
    void convertsLegacyFifteenDigitNumbers() {
        IdNumber.Parsed p = IdNumber.parse("id", "110105491231002");
        assertThat(p.ok()).isTrue();
        assertThat(p.number().value()).isEqualTo("11010519491231002X");
    }

    @Test
    void stripsTheCategoryAndGradeOfADisabilityCertificateNumber() {
        assertThat(IdNumber.parse("id", "11010519491231002X42").number().value()).isEqualTo("11010519491231002X");
    }

    @Test
    void refusesImpossibleBirthDatesAndWrongLengths() {
        assertThat(IdNumber.parse("id", "110105194902300028").violation().code()).isEqualTo("ID_BIRTH_DATE");
        assertThat(IdNumber.parse("id", "1101051949").violation().code()).isEqualTo("ID_FORMAT");
        assertThat(IdNumber.parse("id", "'; drop table member; --").violation().code()).isEqualTo("ID_FORMAT");
        assertThat(IdNumber.parse("id", "").violation().code()).isEqualTo("ID_REQUIRED");
    }

    @Test
    void masksAllButTheAddressPrefixAndTheLastFour() {
        assertThat(IdNumber.mask("34088119900101123X")).isEqualTo("340881********123X");
        assertThat(IdNumber.maskPhone("13812345678")).isEqualTo("138****5678");
    }
}
