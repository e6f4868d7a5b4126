package org.shouwang.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** PostgreSQL's text of a text array, read back element by element (SqlScreenerIT sends the same through the server). */
class ArrayTextTest {

    @Test
    void readsPlainQuotedEscapedAndNullElements() {
        assertThat(ArrayText.elements("{}")).isEmpty();
        assertThat(ArrayText.elements("{NULL}")).containsExactly((String) null);
        assertThat(ArrayText.elements("{7999.99,8800.0,t}")).containsExactly("7999.99", "8800.0", "t");
        assertThat(ArrayText.elements("{\"\",\"NULL\",住院,\"a,b\",\"say \\\"hi\\\" \\\\ bye\",NULL}"))
                .containsExactly("", "NULL", "住院", "a,b", "say \"hi\" \\ bye", null);
    }

    @Test
    void refusesWhatIsNotAnArray() {
        assertThatThrownBy(() -> ArrayText.elements("7999.99")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrayText.elements("")).isInstanceOf(IllegalArgumentException.class);
    }
}
