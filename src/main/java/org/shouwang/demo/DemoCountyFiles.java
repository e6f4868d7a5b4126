package org.shouwang.demo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the demo county's files for benchmarks and manual imports:
 * {@code java -cp ... org.shouwang.demo.DemoCountyFiles --households 300000 --seed 42 --out target/bench-data
 * [--xlsx-rows 100000] [--incomes-xlsx]} writes households.csv, incomes.csv, regions.csv, groups.csv, grids.csv
 * and, when asked, households.xlsx (at most that many member rows) and incomes.xlsx.
 */
public final class DemoCountyFiles {

    private DemoCountyFiles() {
    }

    public static void main(String[] args) throws IOException {
        int households = DemoCountyGenerator.DEFAULT_HOUSEHOLDS;
        long seed = 42;
        Path out = Path.of("target", "demo-data");
        int xlsxRows = 0;
        boolean incomesXlsx = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--households" -> households = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--xlsx-rows" -> xlsxRows = Integer.parseInt(args[++i]);
                case "--incomes-xlsx" -> incomesXlsx = true;
                default -> {
                    System.err.println("usage: DemoCountyFiles [--households N] [--seed S] [--out DIR]"
                            + " [--xlsx-rows N] [--incomes-xlsx]");
                    System.exit(2);
                }
            }
        }
        DemoCountyGenerator county = new DemoCountyGenerator(seed, households);
        long start = System.nanoTime();
        report("regions.csv", county.writeRegionsCsv(out.resolve("regions.csv")), start);
        county.writeGroupsCsv(out.resolve("groups.csv"));
        county.writeGridsCsv(out.resolve("grids.csv"));
        start = System.nanoTime();
        report("households.csv", county.writeHouseholdsCsv(out.resolve("households.csv")), start);
        start = System.nanoTime();
        report("incomes.csv", county.writeIncomesCsv(out.resolve("incomes.csv")), start);
        if (xlsxRows > 0) {
            start = System.nanoTime();
            report("households.xlsx", county.writeHouseholdsXlsx(out.resolve("households.xlsx"), xlsxRows), start);
        }
        if (incomesXlsx) {
            start = System.nanoTime();
            report("incomes.xlsx", county.writeIncomesXlsx(out.resolve("incomes.xlsx")), start);
        }
    }

    private static void report(String file, long rows, long startNanos) {
        System.out.printf("%-16s %,10d rows %8.1f s%n", file, rows, (System.nanoTime() - startNanos) / 1e9);
    }
}
