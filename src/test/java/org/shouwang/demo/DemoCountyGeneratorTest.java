package org.shouwang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCountyGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesIdenticalFiles() throws IOException {
        for (String run : List.of("a", "b")) {
            DemoCountyGenerator county = new DemoCountyGenerator(20260101L, 600);
            county.writeHouseholdsCsv(dir.resolve(run).resolve("households.csv"));
            county.writeIncomesCsv(dir.resolve(run).resolve("incomes.csv"));
            county.writeRegionsCsv(dir.resolve(run).resolve("regions.csv"));
            county.writeGridsCsv(dir.resolve(run).resolve("grids.csv"));
        }
        for (String file : List.of("households.csv", "incomes.csv", "regions.csv", "grids.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
    }

    @Test
    void otherSeedGivesOtherPeople() throws IOException {
        new DemoCountyGenerator(1, 300).writeHouseholdsCsv(dir.resolve("one.csv"));
        new DemoCountyGenerator(2, 300).writeHouseholdsCsv(dir.resolve("two.csv"));
        assertThat(Files.readAllBytes(dir.resolve("one.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("two.csv")));
    }

    @Test
    void headersEqualTheDocumentedOnes() throws IOException {
        DemoCountyGenerator county = new DemoCountyGenerator(5, 50);
        county.writeHouseholdsCsv(dir.resolve("households.csv"));
        county.writeIncomesCsv(dir.resolve("incomes.csv"));
        assertThat(CsvRows.read(dir.resolve("households.csv")).get(0))
                .isEqualTo(documentedHeaders("## Household file format"));
        assertThat(CsvRows.read(dir.resolve("incomes.csv")).get(0))
                .isEqualTo(documentedHeaders("## Income file format"));
        assertThat(DemoCountyGenerator.householdHeaders()).isEqualTo(documentedHeaders("## Household file format"));
        assertThat(DemoCountyGenerator.incomeHeaders()).isEqualTo(documentedHeaders("## Income file format"));
    }

    /** The first back-quoted, comma-separated list after {@code heading} in docs/api.md. */
    private static List<String> documentedHeaders(String heading) throws IOException {
        String api = Files.readString(Path.of("docs", "api.md"));
        String section = api.substring(api.indexOf(heading));
        int start = section.indexOf('`') + 1;
        String list = section.substring(start, section.indexOf('`', start));
        return List.of(list.split(",\\s*"));
    }

    @Test
    void everyIdNumberIsValidUniqueAndFitsSexAndAge() throws IOException {
        DemoCountyGenerator county = new DemoCountyGenerator(7, 3_000);
        county.writeHouseholdsCsv(dir.resolve("households.csv"));
        List<List<String>> rows = CsvRows.read(dir.resolve("households.csv"));
        int id = DemoCountyGenerator.householdHeaders().indexOf("证件号码");
        Set<String> seen = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String number = row.get(id);
            assertThat(number).matches("341599(19|20)\\d{9}[0-9X]");
            assertThat(number.charAt(17)).as(number).isEqualTo(expectedCheck(number));
            assertThat(java.time.LocalDate.parse(number.substring(6, 10) + "-" + number.substring(10, 12) + "-"
                    + number.substring(12, 14))).isBeforeOrEqualTo(HouseholdFactory.REFERENCE_DATE);
            assertThat(seen.add(number)).as("unique " + number).isTrue();
        }
        assertThat(seen).hasSizeGreaterThan(9_000);
    }

    /** ISO 7064 MOD 11-2 written independently of the generator. */
    private static char expectedCheck(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (id.charAt(i) - '0') * weight;
        }
        return "10X98765432".charAt(sum % 11);
    }

    @Test
    void checkCharacterMatchesTheStandardsExample() {
        // the worked example of GB 11643-1999
        assertThat(IdNumbers.checkChar("11010519491231002")).isEqualTo('X');
        assertThat(expectedCheck("11010519491231002X")).isEqualTo('X');
        IdNumbers numbers = new IdNumbers("341599");
        java.time.LocalDate birth = java.time.LocalDate.of(1980, 2, 29);
        assertThat(numbers.next(birth, true)).startsWith("34159919800229").matches(".{16}[13579].");
        assertThat(numbers.next(birth, false)).startsWith("34159919800229").matches(".{16}[02468].");
    }

    @Test
    void everyHouseholdHasExactlyOneHeadFirstAndAtMostOneSpouseOfTheOtherSex() throws IOException {
        new DemoCountyGenerator(11, 2_000).writeHouseholdsCsv(dir.resolve("households.csv"));
        List<List<String>> rows = CsvRows.read(dir.resolve("households.csv"));
        List<String> headers = rows.get(0);
        int no = headers.indexOf("户编号");
        int relation = headers.indexOf("与户主关系");
        int id = headers.indexOf("证件号码");
        Map<String, List<List<String>>> households = new HashMap<>();
        String previous = null;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (!row.get(no).equals(previous)) {
                assertThat(households).as("rows of a household are together").doesNotContainKey(row.get(no));
                assertThat(row.get(relation)).as("first row is the head").isEqualTo("户主");
                previous = row.get(no);
            }
            households.computeIfAbsent(row.get(no), k -> new ArrayList<>()).add(row);
        }
        assertThat(households).hasSize(2_000);
        for (List<List<String>> members : households.values()) {
            assertThat(members).hasSizeBetween(1, 7);
            assertThat(members).filteredOn(r -> r.get(relation).equals("户主")).hasSize(1);
            List<List<String>> spouses = members.stream().filter(r -> r.get(relation).equals("配偶")).toList();
            assertThat(spouses).hasSizeLessThanOrEqualTo(1);
            if (!spouses.isEmpty()) {
                assertThat(male(spouses.get(0).get(id))).isNotEqualTo(male(members.get(0).get(id)));
            }
        }
        double average = (rows.size() - 1) / 2_000.0;
        assertThat(average).isBetween(3.1, 3.6);
    }

    private static boolean male(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1;
    }

    @Test
    void incomeShareNearOrBelowTheLineIsInBand() {
        DemoCountyGenerator county = new DemoCountyGenerator(20260101L, 10_000);
        Map<String, Integer> members = new HashMap<>();
        county.householdRows(row -> members.merge(row.get(0), 1, Integer::sum));
        List<Double> perCapita = new ArrayList<>();
        county.incomeRows(row -> {
            if (row.get(1).equals("2025-01-01")) {
                double net = Double.parseDouble(row.get(3)) + Double.parseDouble(row.get(4))
                        + Double.parseDouble(row.get(5)) + Double.parseDouble(row.get(6))
                        - Double.parseDouble(row.get(7));
                perCapita.add(net / members.get(row.get(0)));
            }
        });
        assertThat(perCapita).hasSize(10_000);
        long nearOrBelow = perCapita.stream().filter(v -> v < 7_900 * 1.15).count();
        assertThat(nearOrBelow / 10_000.0).isBetween(0.05, 0.10);
        long below = perCapita.stream().filter(v -> v < 7_900).count();
        assertThat(below).isPositive().isLessThan(nearOrBelow);
        List<Double> sorted = perCapita.stream().sorted().toList();
        assertThat(sorted.get(5_000)).isBetween(15_000.0, 20_000.0);
    }
}
