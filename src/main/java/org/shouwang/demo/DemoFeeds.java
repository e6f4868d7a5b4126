package org.shouwang.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.shouwang.shared.Department;

/**
 * Invented department rows for the demo county (and for the screening benchmark's nine feeds): members picked at
 * random but deterministically from the generated county, with values spread on both sides of the shipped push
 * rules' limits (e.g. self-paid medical costs around 20,000 元), in the layouts of docs/rules.md.
 */
public final class DemoFeeds {

    /** One row: who, and what the department says. */
    public record Row(Department department, String name, String idNumber, String kind, LocalDate date, BigDecimal amount,
            Map<String, Object> fields) {
    }

    private static final List<Department> SENDING = List.of(Department.MEDICAL_INSURANCE, Department.EDUCATION,
            Department.HOUSING, Department.WATER, Department.AGRICULTURE, Department.CIVIL_AFFAIRS,
            Department.DISABLED_FEDERATION, Department.HUMAN_RESOURCES, Department.PETITION);

    private final DemoCountyGenerator county;
    private final LocalDate around;

    public DemoFeeds(DemoCountyGenerator county, LocalDate around) {
        this.county = county;
        this.around = around;
    }

    public static List<Department> departments() {
        return SENDING;
    }

    /** {@code perDepartment} rows for each of the nine departments. */
    public List<Row> rows(int perDepartment) {
        int members = county.households() * 3;
        double pick = Math.min(1.0, perDepartment * 9.0 / Math.max(1, members));
        SplittableRandom random = new SplittableRandom(county.seed() ^ 0x5EEDFEEDL);
        Map<Department, List<Row>> out = new LinkedHashMap<>();
        SENDING.forEach(d -> out.put(d, new ArrayList<>()));
        county.forEachHousehold(h -> {
            for (DemoMember m : h.members()) {
                if (random.nextDouble() >= pick) {
                    continue;
                }
                Department d = SENDING.get(random.nextInt(SENDING.size()));
                List<Row> list = out.get(d);
                if (list.size() < perDepartment) {
                    list.add(row(d, m, random));
                }
            }
        });
        List<Row> all = new ArrayList<>();
        out.values().forEach(all::addAll);
        return all;
    }

    private Row row(Department d, DemoMember m, SplittableRandom r) {
        LocalDate date = around.minusDays(r.nextInt(1, 120));
        return switch (d) {
            case MEDICAL_INSURANCE -> new Row(d, m.name, m.idNumber, "SELF_PAID_MEDICAL", date,
                    money(r, 2_000, 45_000), Map.of("visitType", pickOf(r, "住院", "门诊慢特病", "门诊统筹")));
            case EDUCATION -> new Row(d, m.name, m.idNumber, "EDUCATION_WARNING", date, null,
                    Map.of("warning", pickOf(r, "辍学风险", "非义务教育高额支出", "辍学风险"), "stage", "初中"));
            case HOUSING -> new Row(d, m.name, m.idNumber, "HOUSING_APPRAISAL", date, null,
                    Map.of("grade", pickOf(r, "A", "B", "C", "D")));
            case WATER -> new Row(d, m.name, m.idNumber, "UNSAFE_WATER", date, null,
                    Map.of("problem", pickOf(r, "水量不达标", "水质不达标", "取水不方便", "供水保障率不达标")));
            case AGRICULTURE -> new Row(d, m.name, m.idNumber, "FARM_LOSS", date, money(r, 1_000, 30_000),
                    Map.of("cause", pickOf(r, "自然灾害", "产业风险", "疫情")));
            case CIVIL_AFFAIRS -> new Row(d, m.name, m.idNumber, "SOCIAL_ASSISTANCE", date, money(r, 300, 8_000),
                    Map.of("assistanceType", pickOf(r, "低保", "特困", "低保边缘", "支出型困难", "临时救助", "申请未通过")));
            case DISABLED_FEDERATION -> new Row(d, m.name, m.idNumber, "DISABILITY", date, null,
                    Map.of("category", pickOf(r, "视力", "听力", "言语", "肢体", "智力", "精神", "多重"),
                            "grade", pickOf(r, "一级", "二级", "三级", "四级")));
            case HUMAN_RESOURCES -> new Row(d, m.name, m.idNumber, "EMPLOYMENT", date, null,
                    Map.of("status", pickOf(r, "失业", "就业不充分", "返乡")));
            default -> new Row(Department.PETITION, m.name, m.idNumber, "PETITION", date, null,
                    Map.of("summary", "反映家庭生活困难", "hardship", pickOf(r, "因病", "因灾", "因学")));
        };
    }

    private static BigDecimal money(SplittableRandom r, int low, int high) {
        return BigDecimal.valueOf(r.nextLong(low * 100L, high * 100L), 2);
    }

    private static String pickOf(SplittableRandom r, String... values) {
        return values[r.nextInt(values.length)];
    }
}
