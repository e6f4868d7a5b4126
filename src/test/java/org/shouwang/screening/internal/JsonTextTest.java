package org.shouwang.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written JSON of a rule's values must be exactly what Jackson writes, byte for byte. */
class JsonTextTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesWhatJacksonWritesForEveryKindOfValue() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("人均纯收入（元）", 7999.99);
        values.put("监测范围（元）", 8800.0);
        values.put("大数", 1.0E7);
        values.put("小数", 1.0E-5);
        values.put("负零", -0.0);
        values.put("计算人口", 3L);
        values.put("int", 42);
        values.put("长整数", Long.MIN_VALUE);
        values.put("是否", true);
        values.put("空值", null);
        values.put("说明", "含\"引号\"、换行\n和制表\t以及 \\ 反斜杠，控制符\u0001\u001f，\u2028行分隔，😀");
        values.put("<script>alert(1)</script>", "'; drop table clue_signal; --");
        values.put("非有限", Double.NaN);
        values.put("无穷", Double.NEGATIVE_INFINITY);
        values.put("金额", new BigDecimal("20000.01"));
        values.put("列表", List.of(1, "二", 3.5));
        values.put("嵌套", Map.of("k", "v"));
        values.put("", "");
        assertThat(JsonText.object(values, json)).isEqualTo(json.writeValueAsString(values));
        assertThat(JsonText.object(Map.of(), json)).isEqualTo("{}");
    }

    @Test
    void randomValuesToo() {
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            Map<String, Object> values = new LinkedHashMap<>();
            int size = random.nextInt(5);
            for (int i = 0; i < size; i++) {
                values.put(text(random), switch (random.nextInt(5)) {
                    case 0 -> random.nextLong();
                    case 1 -> Double.longBitsToDouble(random.nextLong());
                    case 2 -> Math.round(random.nextDouble() * 1e6) / 100.0;
                    case 3 -> random.nextBoolean();
                    default -> text(random);
                });
            }
            assertThat(JsonText.object(values, json)).isEqualTo(json.writeValueAsString(values));
        }
    }

    private static String text(Random random) {
        List<Character> chars = new ArrayList<>();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            chars.add((char) (random.nextBoolean() ? random.nextInt(0x80) : 0x4e00 + random.nextInt(0x5000)));
        }
        StringBuilder b = new StringBuilder();
        chars.forEach(b::append);
        return b.toString();
    }
}
