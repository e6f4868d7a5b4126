package org.shouwang.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The region tree of 守望县 and how many households live in each village.
 *
 * <p>Scaling rule: about 2,500 households per township (8 townships at the default 20,000 households, at most
 * {@value #MAX_TOWNSHIPS}), and about {@value #HOUSEHOLDS_PER_VILLAGE} households per village, so 300,000 households
 * give 30 townships of about 59 villages each. Each village has 3-8 村民小组 and one 网格 per at most 90 households.
 */
final class CountyLayout {

    static final String PROVINCE = "340000000000";
    static final String CITY = "341500000000";
    static final String COUNTY = "341599000000";
    static final String COUNTY_PREFIX = "341599";
    static final String PROVINCE_NAME = "安徽省";
    static final String CITY_NAME = "示范市";
    static final String COUNTY_NAME = "守望县";
    static final int HOUSEHOLDS_PER_VILLAGE = 170;
    static final int HOUSEHOLDS_PER_TOWNSHIP = 2_500;
    static final int MAX_TOWNSHIPS = 30;
    static final int MAX_GRID_HOUSEHOLDS = 90;

    /** One village with its share of households, its groups and grids. */
    record Village(String code, String name, String townshipName, int households, List<String> groups,
                   List<GridRecord> grids) {

        /** The 村民小组 of the household with 0-based serial {@code serial} (groups hold neighbouring households). */
        String groupOf(int serial) {
            return groups.get((int) ((long) serial * groups.size() / households));
        }

        GridRecord gridOf(int serial) {
            return grids.get((int) ((long) serial * grids.size() / households));
        }
    }

    private final List<RegionRecord> regions = new ArrayList<>();
    private final List<Village> villages = new ArrayList<>();

    CountyLayout(long seed, int households) {
        if (households < 1) {
            throw new IllegalArgumentException("households must be positive: " + households);
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_C0DE_1234_5678L);
        int villageCount = Math.max(1, Math.round(households / (float) HOUSEHOLDS_PER_VILLAGE));
        int townships = Math.max(1, Math.min(MAX_TOWNSHIPS,
                Math.min(villageCount, Math.round(households / (float) HOUSEHOLDS_PER_TOWNSHIP))));
        int[] sizes = villageSizes(random, households, villageCount);
        List<String> villageNames = ChineseNames.placeNames(random, villageCount);
        regions.add(new RegionRecord(PROVINCE, PROVINCE_NAME, 1, null));
        regions.add(new RegionRecord(CITY, CITY_NAME, 2, PROVINCE));
        regions.add(new RegionRecord(COUNTY, COUNTY_NAME, 3, CITY));
        int v = 0;
        for (int t = 0; t < townships; t++) {
            String townshipCode = COUNTY_PREFIX + String.format("%03d", t + 1) + "000";
            String townshipName = ChineseNames.township(t);
            regions.add(new RegionRecord(townshipCode, townshipName, 4, COUNTY));
            int inTownship = villageCount / townships + (t < villageCount % townships ? 1 : 0);
            for (int i = 0; i < inTownship; i++, v++) {
                String code = townshipCode.substring(0, 9) + String.format("%03d", i + 1);
                String name = villageNames.get(v) + (random.nextInt(10) == 0 ? "社区" : "村");
                regions.add(new RegionRecord(code, name, 5, townshipCode));
                villages.add(village(random, code, name, townshipName, sizes[v]));
            }
        }
    }

    private static Village village(SplittableRandom random, String code, String name, String township,
                                   int households) {
        int groupCount = 3 + random.nextInt(6);
        List<String> groups = new ArrayList<>(groupCount);
        for (int g = 1; g <= groupCount; g++) {
            groups.add("第" + ChineseNames.numeral(g) + "组");
        }
        int gridCount = Math.max(1, (households + MAX_GRID_HOUSEHOLDS - 1) / MAX_GRID_HOUSEHOLDS);
        List<GridRecord> grids = new ArrayList<>(gridCount);
        for (int g = 1; g <= gridCount; g++) {
            grids.add(new GridRecord(code, ChineseNames.numeral(g) + "网格",
                    ChineseNames.personName(random, random.nextInt(3) > 0), ChineseNames.mobile(random)));
        }
        return new Village(code, name, township, households, List.copyOf(groups), List.copyOf(grids));
    }

    /** Village sizes between 60% and 140% of the mean, summing exactly to {@code households}. */
    private static int[] villageSizes(SplittableRandom random, int households, int villageCount) {
        double[] weights = new double[villageCount];
        double total = 0;
        for (int i = 0; i < villageCount; i++) {
            weights[i] = 0.6 + 0.8 * random.nextDouble();
            total += weights[i];
        }
        int[] sizes = new int[villageCount];
        int assigned = 0;
        for (int i = 0; i < villageCount; i++) {
            sizes[i] = Math.max(1, (int) (households * weights[i] / total));
            assigned += sizes[i];
        }
        for (int i = 0; assigned != households; i = (i + 1) % villageCount) {
            if (assigned < households) {
                sizes[i]++;
                assigned++;
            } else if (sizes[i] > 1) {
                sizes[i]--;
                assigned--;
            }
        }
        return sizes;
    }

    List<RegionRecord> regions() {
        return List.copyOf(regions);
    }

    List<Village> villages() {
        return List.copyOf(villages);
    }

    List<GroupRecord> groups() {
        List<GroupRecord> groups = new ArrayList<>();
        for (Village village : villages) {
            village.groups().forEach(name -> groups.add(new GroupRecord(village.code(), name)));
        }
        return groups;
    }

    List<GridRecord> grids() {
        List<GridRecord> grids = new ArrayList<>();
        villages.forEach(village -> grids.addAll(village.grids()));
        return grids;
    }
}
