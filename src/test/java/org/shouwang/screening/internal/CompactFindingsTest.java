package org.shouwang.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.screening.Finding;
import tools.jackson.databind.json.JsonMapper;

/** Results store findings compact, the rule texts once per run; reading them back must give the findings as found. */
class CompactFindingsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void findingsComeBackAsTheyWereFoundWithTheirValuesInTheRulesOrder() {
        Map<String, Object> income = new LinkedHashMap<>();
        income.put("人均纯收入（元）", 7999.99);
        income.put("监测范围（元）", 8800.0);
        income.put("计算人口", 3); // an int, as JSON gives it back (a Long from CEL reads the same)
        income.put("测算期间", "2025-01-01 至 2025-12-31");
        Map<String, Object> odd = new LinkedHashMap<>();
        odd.put("说明", "含\"引号\"、换行\n和制表\t以及 \\ 反斜杠");
        odd.put("空值", null);
        odd.put("是否", true);
        Finding national = new Finding("INCOME_BELOW_THRESHOLD", 2, "人均纯收入低于监测范围", "说明", "第3条", income, null, null, null);
        Finding fact = new Finding("LS_MEDICAL_SELF_PAID", 1, "医保个人自付超标", null, null, odd, 42L, "医保 · 第7行", "feed:7");
        CompactFindings.Catalogue catalogue = new CompactFindings.Catalogue();
        String first = CompactFindings.encode(List.of(national, fact), catalogue, json);
        String second = CompactFindings.encode(List.of(national), catalogue, json);
        String rules = catalogue.changed(json);

        assertThat(first).doesNotContain("人均纯收入低于监测范围", "监测范围（元）");
        assertThat(catalogue.changed(json)).as("nothing new to write").isNull();
        var read = CompactFindings.catalogue(rules, json);
        assertThat(CompactFindings.decode(first, read, json)).usingRecursiveComparison()
                .isEqualTo(List.of(national, fact));
        List<Finding> again = CompactFindings.decode(second, read, json);
        assertThat(again.get(0).reason()).isEqualTo(national.reason());
        assertThat(again.get(0).evidence().keySet()).containsExactly("人均纯收入（元）", "监测范围（元）", "计算人口", "测算期间");
    }

    @Test
    void runsStoredBeforeCataloguesAreReadAsFullFindings() {
        Finding f = new Finding("UNINSURED_MEMBER", 1, "有成员未参加基本医疗保险", "d", "c", Map.of("未参保人数", 1), null, null, null);
        String legacy = json.writeValueAsString(List.of(f));
        assertThat(CompactFindings.decode(legacy, null, json)).containsExactly(f);
    }
}
