package org.shouwang.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The synthetic county 守望县 (341599, 安徽省 示范市): regions, 村民小组, 网格, households, members and income
 * statements, all invented from a seed. The same seed and size always give byte-identical files.
 *
 * <p>Households are generated one at a time and written at once, so memory stays flat at any size (300,000
 * households ≈ 1,000,000 members); every writer regenerates the sequence from the seed. See {@link CountyLayout}
 * for how townships and villages scale with the size.
 */
public final class DemoCountyGenerator {

    public static final int DEFAULT_HOUSEHOLDS = 20_000;

    private final long seed;
    private final int households;
    private final CountyLayout layout;

    public DemoCountyGenerator(long seed, int households) {
        this.seed = seed;
        this.households = households;
        this.layout = new CountyLayout(seed, households);
    }

    public DemoCountyGenerator(long seed) {
        this(seed, DEFAULT_HOUSEHOLDS);
    }

    public long seed() {
        return seed;
    }

    public int households() {
        return households;
    }

    /** Province, city, county, townships and villages, parents before children. */
    public List<RegionRecord> regions() {
        return layout.regions();
    }

    public List<GroupRecord> groups() {
        return layout.groups();
    }

    public List<GridRecord> grids() {
        return layout.grids();
    }

    /** The columns of the household file (docs/api.md, "Household file format"). */
    public static List<String> householdHeaders() {
        return FileColumns.HOUSEHOLD_HEADERS;
    }

    /** The columns of the income file (docs/api.md, "Income file format"). */
    public static List<String> incomeHeaders() {
        return FileColumns.INCOME_HEADERS;
    }

    /** Streams the household file's data rows (one per member, 户主 first), in file order. */
    public void householdRows(Consumer<List<String>> row) {
        forEachHousehold(h -> h.members().forEach(m -> row.accept(FileColumns.memberRow(h, m))));
    }

    /** Streams the income file's data rows (one per household and year), in file order. */
    public void incomeRows(Consumer<List<String>> row) {
        forEachHousehold(h -> h.incomes().forEach(s -> row.accept(FileColumns.incomeRow(h, s))));
    }

    /** Generates every household in order; nothing but the current household is kept. */
    void forEachHousehold(Consumer<DemoHousehold> action) {
        HouseholdFactory factory = new HouseholdFactory(seed);
        for (CountyLayout.Village village : layout.villages()) {
            for (int serial = 0; serial < village.households(); serial++) {
                action.accept(factory.next(village, serial));
            }
        }
    }

    /** Writes households.csv; answers the number of member rows. */
    public long writeHouseholdsCsv(Path file) throws IOException {
        try (CsvSink csv = new CsvSink(file, FileColumns.HOUSEHOLD_HEADERS)) {
            householdRows(csv::row);
            return csv.rows();
        }
    }

    /** Writes incomes.csv; answers the number of statement rows. */
    public long writeIncomesCsv(Path file) throws IOException {
        try (CsvSink csv = new CsvSink(file, FileColumns.INCOME_HEADERS)) {
            incomeRows(csv::row);
            return csv.rows();
        }
    }

    /** Writes regions.csv with columns code,name,level,parentCode (empty parent for the province). */
    public long writeRegionsCsv(Path file) throws IOException {
        try (CsvSink csv = new CsvSink(file, FileColumns.REGION_HEADERS)) {
            regions().forEach(r -> csv.row(FileColumns.regionRow(r)));
            return csv.rows();
        }
    }

    /** Writes groups.csv with columns villageCode,name. */
    public long writeGroupsCsv(Path file) throws IOException {
        try (CsvSink csv = new CsvSink(file, FileColumns.GROUP_HEADERS)) {
            groups().forEach(g -> csv.row(List.of(g.villageCode(), g.name())));
            return csv.rows();
        }
    }

    /** Writes grids.csv with columns villageCode,name,workerName,workerPhone. */
    public long writeGridsCsv(Path file) throws IOException {
        try (CsvSink csv = new CsvSink(file, FileColumns.GRID_HEADERS)) {
            grids().forEach(g -> csv.row(List.of(g.villageCode(), g.name(), g.workerName(), g.workerPhone())));
            return csv.rows();
        }
    }

    /**
     * Writes households.xlsx (sheet 农户, all cells text) with at most {@code maxRows} member rows, never splitting a
     * household; {@code maxRows <= 0} means all rows up to Excel's limit. Answers the number of member rows.
     */
    public long writeHouseholdsXlsx(Path file, int maxRows) throws IOException {
        long limit = maxRows <= 0 ? XlsxSink.MAX_DATA_ROWS : Math.min(maxRows, XlsxSink.MAX_DATA_ROWS);
        try (XlsxSink xlsx = new XlsxSink(file, "农户", FileColumns.HOUSEHOLD_HEADERS)) {
            try {
                forEachHousehold(h -> {
                    if (xlsx.rows() + h.members().size() > limit) {
                        throw new Enough();
                    }
                    h.members().forEach(m -> xlsx.row(FileColumns.memberRow(h, m)));
                });
            } catch (Enough enough) {
                // the row limit is reached
            }
            return xlsx.rows();
        }
    }

    /** Writes incomes.xlsx (sheet 收支): text for 户编号 and dates, numbers for amounts. Answers the row count. */
    public long writeIncomesXlsx(Path file) throws IOException {
        try (XlsxSink xlsx = new XlsxSink(file, "收支", FileColumns.INCOME_HEADERS)) {
            try {
                incomeRows(row -> {
                    if (xlsx.rows() >= XlsxSink.MAX_DATA_ROWS) {
                        throw new Enough();
                    }
                    List<Object> cells = new ArrayList<>(row.size());
                    for (int i = 0; i < row.size(); i++) {
                        cells.add(i < 3 ? row.get(i) : new BigDecimal(row.get(i)));
                    }
                    xlsx.row(cells);
                });
            } catch (Enough enough) {
                // Excel's row limit is reached
            }
            return xlsx.rows();
        }
    }

    /** Stops the household stream early. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }
}
