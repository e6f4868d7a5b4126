package org.shouwang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.idev.excel.FastExcel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouwang.registry.DisabilityCategory;
import org.shouwang.registry.Education;
import org.shouwang.registry.Health;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MedicalInsurance;
import org.shouwang.registry.PensionInsurance;
import org.shouwang.registry.Relation;
import org.shouwang.registry.SchoolStage;
import org.shouwang.shared.Labelled;

class DemoCountyContentTest {

    private static List<String> headers;
    private static List<List<String>> rows;

    @BeforeAll
    static void generate() {
        headers = DemoCountyGenerator.householdHeaders();
        rows = new ArrayList<>();
        new DemoCountyGenerator(3, 4_000).householdRows(rows::add);
    }

    private static String cell(List<String> row, String header) {
        return row.get(headers.indexOf(header));
    }

    private static Set<String> labels(Class<? extends Labelled> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.toSet());
    }

    @Test
    void enumCellsCarryTheEnumLabels() {
        Map<String, Set<String>> allowed = Map.of(
                "户类型", labels(HouseholdType.class), "与户主关系", labels(Relation.class),
                "文化程度", labels(Education.class), "在校生状况", labels(SchoolStage.class),
                "残疾类别", labels(DisabilityCategory.class), "劳动技能", labels(LabourCapacity.class),
                "医疗保险", labels(MedicalInsurance.class), "养老保险", labels(PensionInsurance.class));
        for (List<String> row : rows) {
            assertThat(row).hasSize(headers.size());
            allowed.forEach((header, values) -> {
                String value = cell(row, header);
                if (!value.isEmpty() || header.equals("户类型") || header.equals("与户主关系")
                        || header.equals("劳动技能") || header.equals("医疗保险")) {
                    assertThat(values).as(header).contains(value);
                }
            });
            for (String health : cell(row, "健康状况").split("、")) {
                assertThat(labels(Health.class)).contains(health);
            }
            for (String yesNo : List.of("是否易地扶贫搬迁户", "是否享受低保", "是否特困供养", "是否易地扶贫搬迁人口")) {
                assertThat(cell(row, yesNo)).isIn("是", "否");
            }
        }
    }

    @Test
    void educationXorSchoolStageAndWorkPlaceWithMonths() {
        for (List<String> row : rows) {
            assertThat(cell(row, "文化程度").isEmpty()).isNotEqualTo(cell(row, "在校生状况").isEmpty());
            assertThat(cell(row, "务工所在地").isEmpty()).isEqualTo(cell(row, "务工时间（月）").isEmpty());
            if (!cell(row, "务工时间（月）").isEmpty()) {
                assertThat(Integer.parseInt(cell(row, "务工时间（月）"))).isBetween(1, 12);
            }
            boolean disabled = cell(row, "健康状况").contains("残疾");
            assertThat(cell(row, "残疾类别").isEmpty()).isNotEqualTo(disabled);
            assertThat(cell(row, "残疾等级")).matches(disabled ? "[1-4]" : "");
            assertThat(cell(row, "户联系电话")).matches("1[358]\\d{9}");
            assertThat(cell(row, "成员联系电话")).matches("(1[358]\\d{9})?");
            assertThat(cell(row, "安置区地址").isEmpty()).isEqualTo(cell(row, "是否易地扶贫搬迁户").equals("否"));
        }
    }

    @Test
    void sharesAreRoughlyAsDescribed() {
        Map<String, List<String>> heads = new HashMap<>();
        rows.stream().filter(r -> cell(r, "与户主关系").equals("户主")).forEach(r -> heads.put(r.get(0), r));
        double poverty = heads.values().stream().filter(r -> cell(r, "户类型").equals("脱贫户")).count() / 4_000.0;
        double dibao = heads.values().stream().filter(r -> cell(r, "是否享受低保").equals("是")).count() / 4_000.0;
        double relocated = heads.values().stream().filter(r -> cell(r, "是否易地扶贫搬迁户").equals("是")).count()
                / 4_000.0;
        assertThat(poverty).isBetween(0.22, 0.28);
        assertThat(dibao).isBetween(0.04, 0.09);
        assertThat(relocated).isBetween(0.03, 0.07);
        double disabled = rows.stream().filter(r -> cell(r, "健康状况").contains("残疾")).count() / (double) rows.size();
        assertThat(disabled).isBetween(0.03, 0.08);
    }

    @Test
    void everyPovertyHouseholdAndOnlyItHasAnExitYearMostlyInThePeakYears() {
        Map<Integer, Integer> byYear = new HashMap<>();
        int poverty = 0;
        for (List<String> row : rows) {
            String year = cell(row, "脱贫年份");
            if (!cell(row, "户类型").equals("脱贫户")) {
                assertThat(year).as("一般农户 " + row.get(0)).isEmpty();
                continue;
            }
            assertThat(year).as("脱贫户 " + row.get(0)).matches("20(1[4-9]|20)");
            if (cell(row, "与户主关系").equals("户主")) {
                poverty++;
                byYear.merge(Integer.parseInt(year), 1, Integer::sum);
            }
        }
        assertThat(byYear.keySet()).containsExactlyInAnyOrder(2014, 2015, 2016, 2017, 2018, 2019, 2020);
        double peak = (byYear.get(2016) + byYear.get(2017) + byYear.get(2018) + byYear.get(2019)) / (double) poverty;
        assertThat(peak).isBetween(0.65, 0.85);
        assertThat(byYear.get(2020) / (double) poverty).isBetween(0.04, 0.13);
    }

    @Test
    void regionsNestWithTwelveDigitCodes() {
        DemoCountyGenerator county = new DemoCountyGenerator(3, DemoCountyGenerator.DEFAULT_HOUSEHOLDS);
        List<RegionRecord> regions = county.regions();
        Map<String, RegionRecord> byCode = new HashMap<>();
        regions.forEach(r -> assertThat(byCode.put(r.code(), r)).as("unique " + r.code()).isNull());
        for (RegionRecord region : regions) {
            assertThat(region.code()).matches("\\d{12}");
            if (region.level() == 1) {
                assertThat(region.parentCode()).isNull();
            } else {
                assertThat(byCode.get(region.parentCode()).level()).isEqualTo(region.level() - 1);
            }
            if (region.level() == 5) {
                assertThat(region.code()).startsWith(region.parentCode().substring(0, 9));
            }
        }
        assertThat(regions).filteredOn(r -> r.level() == 4).hasSize(8);
        assertThat(regions.stream().filter(r -> r.level() == 5).count()).isBetween(100L, 140L);
        Map<String, Long> groups = county.groups().stream()
                .collect(Collectors.groupingBy(GroupRecord::villageCode, Collectors.counting()));
        assertThat(groups.values()).allMatch(n -> n >= 3 && n <= 8);
        assertThat(county.grids()).allMatch(g -> byCode.get(g.villageCode()).level() == 5
                && g.workerPhone().matches("1[358]\\d{9}") && g.name().endsWith("网格"));
    }

    @Test
    void gridsHoldAtMostOneHundredHouseholds() {
        Map<String, Set<String>> householdsPerGrid = new HashMap<>();
        for (List<String> row : rows) {
            householdsPerGrid.computeIfAbsent(cell(row, "村级区划代码") + cell(row, "网格"), k -> new HashSet<>())
                    .add(row.get(0));
        }
        assertThat(householdsPerGrid.values()).allMatch(households -> households.size() <= 100);
    }

    @Test
    void largeCountyKeepsCodesWithinTheirDigits() {
        CountyLayout layout = new CountyLayout(42, 300_000);
        assertThat(layout.villages().stream().mapToInt(CountyLayout.Village::households).sum()).isEqualTo(300_000);
        assertThat(layout.regions()).filteredOn(r -> r.level() == 4).hasSize(CountyLayout.MAX_TOWNSHIPS);
        assertThat(layout.villages()).allMatch(v -> v.households() < 10_000 && v.code().matches("341599\\d{6}"));
        assertThat(layout.villages().stream().map(CountyLayout.Village::name).distinct().count())
                .isEqualTo(layout.villages().size());
    }

    @Test
    void xlsxHoldsTheCsvRowsWithoutSplittingAHousehold(@TempDir Path dir) throws IOException {
        DemoCountyGenerator county = new DemoCountyGenerator(3, 4_000);
        Path households = dir.resolve("households.xlsx");
        long written = county.writeHouseholdsXlsx(households, 5_000);
        assertThat(written).isLessThanOrEqualTo(5_000).isGreaterThan(4_990);
        List<Map<Integer, String>> sheet = FastExcel.read(households.toFile()).sheet().headRowNumber(0).doReadSync();
        assertThat(sheet).hasSize((int) written + 1);
        assertThat(new ArrayList<>(sheet.get(0).values())).isEqualTo(headers);
        for (int i = 0; i < written; i++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                String value = sheet.get(i + 1).get(c);
                cells.add(value == null ? "" : value);
            }
            assertThat(cells).isEqualTo(rows.get(i));
        }
        assertThat(rows.get((int) written).get(0)).as("the next row starts a new household")
                .isNotEqualTo(rows.get((int) written - 1).get(0));

        Path incomes = dir.resolve("incomes.xlsx");
        long statements = county.writeIncomesXlsx(incomes);
        List<Map<Integer, String>> incomeSheet = FastExcel.read(incomes.toFile()).sheet().doReadSync();
        assertThat(incomeSheet).hasSize((int) statements);
        List<String> first = new ArrayList<>();
        county.incomeRows(row -> {
            if (first.isEmpty()) {
                first.addAll(row);
            }
        });
        assertThat(incomeSheet.get(0).get(0)).isEqualTo(first.get(0));
        assertThat(new java.math.BigDecimal(incomeSheet.get(0).get(3))).isEqualByComparingTo(first.get(3));
    }
}
