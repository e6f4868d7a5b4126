package org.shouwang.screening.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Households for comparing screening in SQL with screening in CEL, written straight into the registry, fact and clue
 * tables with JDBC: deterministic random households (seeded) with every kind of odd value the tables admit — unknown
 * codes, missing optional values, removed members, statements overlapping the window in every way, facts whose fields
 * are numbers, booleans, nulls, objects or missing — and hand-made edge cases: members exactly at the age boundaries
 * of each evaluation date, 29 February birthdays, births after the evaluation date, per-capita incomes exactly at the
 * shipped thresholds and a cent either side, statements tied on overlap. Household numbers and ID numbers carry a
 * per-run nonce, so the data can be written again into a database an earlier run used.
 */
final class SqlScreenerData {

    record Member(LocalDate birth, String sex, String relation, String labour, String health, String disabilityCategory,
            Integer disabilityGrade, String schoolStage, Integer workMonths, String insurance, boolean dibao, boolean tekun,
            boolean removed) {
    }

    record Income(LocalDate start, LocalDate end, BigDecimal wage, BigDecimal business, BigDecimal property,
            BigDecimal transfer, BigDecimal productionExpense, BigDecimal selfPaid, int memberCount) {
    }

    record Fact(String department, String kind, LocalDate date, BigDecimal amount, String fields, String source) {
    }

    /** One household; {@code note} says what a hand-made one is for (null for random ones). */
    record Household(String note, String village, String no, String type, Integer exitYear, String status,
            String category, boolean relocated, List<Member> members, List<Income> incomes, List<Fact> facts,
            List<List<String>> clues) {
    }

    static final String[] TYPES = {"POVERTY_ALLEVIATED", "ORDINARY", "ORDINARY", "ODD_TYPE"};
    static final String[] STATUS = {"NOT_MONITORED", "NOT_MONITORED", "NOT_MONITORED", "IDENTIFYING", "RISK_ACTIVE",
        "RISK_ELIMINATED"};
    static final String[] CATEGORY = {null, null, null, "UNSTABLE", "MARGINAL", "SUDDEN", "ODD_CAT"};
    static final String[] SEX = {"MALE", "FEMALE", "MALE", "FEMALE", "X"};
    static final String[] RELATION = {"HEAD", "SPOUSE", "SON", "DAUGHTER", "GRANDCHILD", "PARENT", "OTHER", "ODD_REL"};
    static final String[] LABOUR = {"SKILLED", "ORDINARY", "ORDINARY", "WEAK", "LOST", "NONE", null, "ODD"};
    static final String[] HEALTH = {"HEALTHY", "HEALTHY", "HEALTHY", "CHRONIC", "SERIOUS", "DISABLED", "CHRONIC,DISABLED",
        "SERIOUS,CHRONIC", ""};
    static final String[] DISABILITY = {null, null, null, null, null, null, "VISUAL", "MENTAL", "INTELLECTUAL", "OTHER_CODE"};
    static final Integer[] GRADE = {null, null, null, null, null, 0, 1, 2, 3, 4, 5};
    static final String[] STAGE = {null, null, null, null, "PRESCHOOL_CHILD", "PRESCHOOL", "PRIMARY", "JUNIOR",
        "SENIOR_HIGH", "VOCATIONAL", "UNDERGRADUATE", "XYZ", ""};
    static final String[] INSURANCE = {"RESIDENT", "RESIDENT", "RESIDENT", "EMPLOYEE", "NONE", null, "ODD"};
    static final String[] CHANNELS = {"SELF_DECLARATION", "CADRE_VISIT", "DEPARTMENT", "SCREENING_RUN", "CAMPAIGN",
        "PETITION", "OTHER"};

    /** Department → kind and its fields with the values departments send. */
    private static final Map<String, Object[]> DEPARTMENTS = new HashMap<>();

    static {
        DEPARTMENTS.put("MEDICAL_INSURANCE", new Object[] {"SELF_PAID_MEDICAL", "visitType", new String[] {"住院", "门诊慢特病", "门诊统筹"}, "totalCost", new String[] {"30000", "1200.5"}});
        DEPARTMENTS.put("EDUCATION", new Object[] {"EDUCATION_WARNING", "warning", new String[] {"辍学风险", "已辍学", "非义务教育高额支出"}, "stage", new String[] {"初中", "高中", "小学"}});
        DEPARTMENTS.put("HOUSING", new Object[] {"HOUSING_APPRAISAL", "grade", new String[] {"A", "B", "C", "D"}, "note", new String[] {"危房"}});
        DEPARTMENTS.put("WATER", new Object[] {"UNSAFE_WATER", "problem", new String[] {"水量不达标", "水质不达标", "取水不方便"}, "note", new String[] {"井水"}});
        DEPARTMENTS.put("AGRICULTURE", new Object[] {"FARM_LOSS", "cause", new String[] {"自然灾害", "产业风险", "疫情"}, "note", new String[] {"槟榔减产"}});
        DEPARTMENTS.put("CIVIL_AFFAIRS", new Object[] {"SOCIAL_ASSISTANCE", "assistanceType", new String[] {"低保", "特困", "低保边缘", "支出型困难", "临时救助", "申请未通过"}, "note", new String[] {"x"}});
        DEPARTMENTS.put("DISABLED_FEDERATION", new Object[] {"DISABILITY", "grade", new String[] {"一级", "二级", "三级", "四级"}, "category", new String[] {"视力", "肢体", "智力", "精神"}});
        DEPARTMENTS.put("HUMAN_RESOURCES", new Object[] {"EMPLOYMENT", "status", new String[] {"失业", "就业不充分", "返乡"}, "note", new String[] {"外出"}});
        DEPARTMENTS.put("PETITION", new Object[] {"PETITION", "summary", new String[] {"生活困难", "看病难"}, "hardship", new String[] {"是"}});
        DEPARTMENTS.put("OTHER", new Object[] {"OTHER", "subject", new String[] {"槟榔收购价下跌", "其他事项", "槟榔"}, "note", new String[] {"备注"}});
    }

    static final String[] DEPARTMENT_CODES = {"MEDICAL_INSURANCE", "EDUCATION", "HOUSING", "WATER", "AGRICULTURE",
        "CIVIL_AFFAIRS", "DISABLED_FEDERATION", "HUMAN_RESOURCES", "PETITION", "OTHER"};

    private final String nonce;
    private int sequence;

    SqlScreenerData() {
        this.nonce = Long.toString(System.nanoTime() % 60_466_176L, 36).toUpperCase(java.util.Locale.ROOT);
    }

    // ---- random households ----

    /** {@code n} random households of the villages, from {@code seed}. */
    List<Household> random(long seed, int n, List<String> villages, LocalDate around) {
        return random(seed, n, villages, around, false);
    }

    /**
     * @param forRuns no fact without one of its department's fields (a rule reading it fails in CEL, and a run fails
     *                with it), and no two statements of a household ending on the same day (which of them the CEL
     *                view takes depends on the order the rows are read in)
     */
    List<Household> random(long seed, int n, List<String> villages, LocalDate around, boolean forRuns) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Household> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Member> members = new ArrayList<>();
            for (int k = r.nextInt(0, 8); k > 0; k--) {
                members.add(randomMember(r, around));
            }
            if (r.nextInt(10) == 0) {
                members.add(removed(randomMember(r, around)));
            }
            List<Income> incomes = new ArrayList<>();
            Set<String> periods = new LinkedHashSet<>();
            for (int k = r.nextInt(0, 5); k > 0; k--) {
                Income s = randomIncome(r);
                if (periods.add(forRuns ? s.end().toString() : s.start() + "/" + s.end())) {
                    incomes.add(s);
                }
            }
            List<Fact> facts = new ArrayList<>();
            for (int k = r.nextInt(0, 5) - 1; k > 0; k--) {
                facts.add(randomFact(r, forRuns));
            }
            out.add(new Household(null, villages.get(r.nextInt(villages.size())), null, pick(r, TYPES),
                    r.nextInt(3) == 0 ? 2013 + r.nextInt(18) : null, pick(r, STATUS), pick(r, CATEGORY), r.nextInt(8) == 0,
                    members, incomes, facts, randomClues(r)));
        }
        return out;
    }

    private static Member randomMember(SplittableRandom r, LocalDate around) {
        LocalDate birth = r.nextInt(50) == 0 ? around.plusDays(r.nextInt(1, 400)) : around.minusDays(r.nextInt(0, 95 * 366));
        return new Member(birth, pick(r, SEX), pick(r, RELATION), pick(r, LABOUR), pick(r, HEALTH), pick(r, DISABILITY),
                pick(r, GRADE), pick(r, STAGE), r.nextInt(5) < 2 ? null : r.nextInt(0, 13), pick(r, INSURANCE),
                r.nextInt(10) == 0, r.nextInt(20) == 0, false);
    }

    private static Member removed(Member m) {
        return new Member(m.birth(), m.sex(), m.relation(), m.labour(), m.health(), m.disabilityCategory(),
                m.disabilityGrade(), m.schoolStage(), m.workMonths(), m.insurance(), m.dibao(), m.tekun(), true);
    }

    private static Income randomIncome(SplittableRandom r) {
        LocalDate start = LocalDate.of(2019 + r.nextInt(6), 1 + r.nextInt(12), r.nextInt(6) == 0 ? 1 + r.nextInt(28) : 1);
        LocalDate end = switch (r.nextInt(8)) {
            case 0 -> start.plusMonths(6).minusDays(1);
            case 1 -> start.plusMonths(18).minusDays(1);
            case 2 -> start.plusDays(r.nextInt(0, 500));
            default -> start.plusYears(1).minusDays(1);
        };
        BigDecimal pe = r.nextInt(10) == 0 ? money(r, 6_000_000) : money(r, 300_000);
        return new Income(start, end, money(r, 4_000_000), money(r, 2_000_000), money(r, 100_000), money(r, 1_500_000), pe,
                money(r, 1_000_000), r.nextInt(7) == 0 ? 0 : r.nextInt(1, 7));
    }

    private Fact randomFact(SplittableRandom r, boolean complete) {
        String department = pick(r, DEPARTMENT_CODES);
        Object[] d = DEPARTMENTS.get(department);
        String kind = r.nextInt(10) == 0 ? "OTHER_KIND" : (String) d[0];
        StringBuilder fields = new StringBuilder("{");
        field(r, fields, (String) d[1], (String[]) d[2], complete);
        field(r, fields, (String) d[3], (String[]) d[4], complete);
        if (r.nextInt(3) == 0) {
            field(r, fields, "x", new String[] {"a", "b", "槟榔"}, complete);
        }
        fields.append('}');
        LocalDate date = r.nextInt(7) == 0 ? null : LocalDate.of(2019 + r.nextInt(6), 1 + r.nextInt(12), 1 + r.nextInt(28));
        BigDecimal amount = switch (r.nextInt(10)) {
            case 0, 1, 2 -> null;
            case 3 -> new BigDecimal(pick(r, new String[] {"20000.00", "20000.01", "10000.00", "9999.99", "3000.00", "0.00"}));
            default -> money(r, 4_000_000);
        };
        return new Fact(department, kind, date, amount, fields.toString(),
                r.nextInt(5) == 0 ? null : "测试数据 · 第" + r.nextInt(1, 999) + "行");
    }

    /** A field as a department sends it, or now and then a number, boolean, null, object, array, or no key at all. */
    private static void field(SplittableRandom r, StringBuilder json, String key, String[] values, boolean complete) {
        String value = switch (r.nextInt(30)) {
            case 0, 1 -> complete ? "\"" + pick(r, values) + "\"" : null; // missing
            case 2 -> "5";
            case 3 -> "2.5";
            case 4 -> "true";
            case 5 -> "null";
            case 6 -> "{\"a\": \"住院\"}";
            case 7 -> "[\"住院\", 1]";
            case 8 -> "\"\"";
            default -> "\"" + pick(r, values) + "\"";
        };
        if (value != null) {
            json.append(json.length() > 1 ? ", " : "").append('"').append(key).append("\": ").append(value);
        }
    }

    /** Clues of the household, each a list of channel codes of its signals (the first clue open, others decided). */
    private static List<List<String>> randomClues(SplittableRandom r) {
        List<List<String>> clues = new ArrayList<>();
        for (int c = r.nextInt(4) == 0 ? r.nextInt(1, 3) : 0; c > 0; c--) {
            List<String> signals = new ArrayList<>();
            for (int s = r.nextInt(1, 4); s > 0; s--) {
                signals.add(pick(r, CHANNELS));
            }
            clues.add(signals);
        }
        return clues;
    }

    private static BigDecimal money(SplittableRandom r, int maxCents) {
        return r.nextInt(8) == 0 ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(r.nextInt(0, maxCents), 2);
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    // ---- hand-made households ----

    static Member person(LocalDate birth) {
        return new Member(birth, "FEMALE", "SON", "ORDINARY", "HEALTHY", null, null, null, null, "RESIDENT", false, false,
                false);
    }

    static Member adult() {
        return new Member(LocalDate.of(1980, 5, 5), "MALE", "HEAD", "ORDINARY", "HEALTHY", null, null, null, 6, "RESIDENT",
                false, false, false);
    }

    static Income statement(String start, String end, String wage, int count) {
        return new Income(LocalDate.parse(start), LocalDate.parse(end), new BigDecimal(wage), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, count);
    }

    static Income statement(String start, String end, String wage, String business, String property, String transfer,
            String productionExpense, String selfPaid, int count) {
        return new Income(LocalDate.parse(start), LocalDate.parse(end), new BigDecimal(wage), new BigDecimal(business),
                new BigDecimal(property), new BigDecimal(transfer), new BigDecimal(productionExpense),
                new BigDecimal(selfPaid), count);
    }

    static Fact fact(String department, String kind, String date, String amount, String fields) {
        return new Fact(department, kind, date == null ? null : LocalDate.parse(date),
                amount == null ? null : new BigDecimal(amount), fields, "手工 · " + kind);
    }

    static Household household(String note, String village, List<Member> members, List<Income> incomes, List<Fact> facts) {
        return new Household(note, village, null, "POVERTY_ALLEVIATED", 2019, "NOT_MONITORED", null, false, members,
                incomes, facts, List.of());
    }

    /** Members exactly at, a day before and a day after each age boundary, 29 February birthdays, births after the day. */
    static List<Household> ages(String village, List<LocalDate> days) {
        List<Household> out = new ArrayList<>();
        for (LocalDate day : days) {
            for (int years : new int[] {7, 15, 18, 60}) {
                LocalDate birthday = day.minusYears(years);
                for (int shift = -1; shift <= 1; shift++) {
                    out.add(household("age " + years + " on " + day + (shift == 0 ? "" : " shift " + shift), village,
                            List.of(adult(), person(birthday.plusDays(shift))), List.of(), List.of()));
                }
            }
            out.add(household("born the day after " + day, village, List.of(person(day.plusDays(1))), List.of(), List.of()));
            out.add(household("born on " + day, village, List.of(person(day)), List.of(), List.of()));
        }
        for (String leap : new String[] {"2016-02-29", "2008-02-29", "2004-02-29", "1964-02-29", "1963-02-28",
            "1963-03-01", "2005-02-28", "2005-03-01", "2016-02-28", "2016-03-01"}) {
            out.add(household("born " + leap, village, List.of(person(LocalDate.parse(leap))), List.of(), List.of()));
        }
        out.add(household("born 2030", village, List.of(person(LocalDate.of(2030, 1, 1)), person(LocalDate.of(1900, 1, 1))),
                List.of(), List.of()));
        return out;
    }

    /** Members with odd codes and missing values, one kind per household. */
    static List<Household> oddMembers(String village) {
        List<Household> out = new ArrayList<>();
        Member base = person(LocalDate.of(2012, 6, 1));
        out.add(household("school stage XYZ", village, List.of(adult(), with(base, "stage", "XYZ")), List.of(), List.of()));
        out.add(household("school stage ''", village, List.of(adult(), with(base, "stage", "")), List.of(), List.of()));
        out.add(household("school stage 小学 (a label as code)", village, List.of(adult(), with(base, "stage", "小学")), List.of(), List.of()));
        out.add(household("labour ODD", village, List.of(with(adult(), "labour", "ODD")), List.of(), List.of()));
        out.add(household("labour null", village, List.of(with(adult(), "labour", null)), List.of(), List.of()));
        out.add(household("disability OTHER_CODE", village, List.of(with(adult(), "disability", "OTHER_CODE")), List.of(), List.of()));
        out.add(household("insurance null", village, List.of(with(adult(), "insurance", null)), List.of(), List.of()));
        out.add(household("health ''", village, List.of(with(adult(), "health", "")), List.of(), List.of()));
        out.add(household("no members", village, List.of(), List.of(statement("2022-03-01", "2023-02-28", "10000.00", 0)), List.of()));
        out.add(household("only removed members", village, List.of(removed(adult()), removed(person(LocalDate.of(2015, 1, 1)))),
                List.of(), List.of()));
        Household odd = household("odd household codes", village, List.of(adult()), List.of(), List.of());
        out.add(new Household(odd.note(), village, null, "ODD_TYPE", null, "RISK_ACTIVE", "ODD_CAT", true, odd.members(),
                List.of(), List.of(), List.of(List.of("SELF_DECLARATION", "SELF_DECLARATION", "PETITION"), List.of("DEPARTMENT"))));
        Household declared = household("all channels", village, List.of(adult()), List.of(), List.of());
        out.add(new Household(declared.note(), village, null, "ORDINARY", null, "IDENTIFYING", "MARGINAL", false,
                declared.members(), List.of(), List.of(), List.of(List.of(CHANNELS))));
        Household high = household("household number with a supplementary character", village, List.of(adult()), List.of(), List.of());
        out.add(new Household(high.note(), village, "\uD840\uDC00" + "1", "ORDINARY", null, "NOT_MONITORED", null, false,
                high.members(), List.of(), List.of(), List.of()));
        Household full = household("household number with a fullwidth character", village, List.of(adult()), List.of(), List.of());
        out.add(new Household(full.note(), village, "\uFF21" + "1", "ORDINARY", null, "NOT_MONITORED", null, false,
                full.members(), List.of(), List.of(), List.of()));
        return out;
    }

    private static Member with(Member m, String what, String value) {
        return new Member(m.birth(), m.sex(), m.relation(), what.equals("labour") ? value : m.labour(),
                what.equals("health") ? value : m.health(), what.equals("disability") ? value : m.disabilityCategory(),
                what.equals("disability") ? Integer.valueOf(2) : m.disabilityGrade(), what.equals("stage") ? value : m.schoolStage(),
                m.workMonths(), what.equals("insurance") ? value : m.insurance(), m.dibao(), m.tekun(), m.removed());
    }

    /**
     * Statements: none, exactly at the shipped thresholds and a cent either side, ties on overlap, none overlapping
     * (the latest before the window's end, or only after it), no persons, negative and very large incomes.
     */
    static List<Household> incomes(String village) {
        List<Household> out = new ArrayList<>();
        List<Member> two = List.of(adult(), person(LocalDate.of(2010, 1, 1)));
        // the windows: rolling 12 months before 2023-02-28 (2022-02-01..2023-01-31), before 2023-03-01
        // (2022-03-01..2023-02-28), before 2024-02-29 (2023-02-01..2024-01-31), before 2022-09-01; Hainan 2021-05-01..2022-04-30
        String[][] periods = {{"2022-03-01", "2023-02-28"}, {"2022-02-01", "2023-01-31"}, {"2023-02-01", "2024-01-31"},
            {"2021-09-01", "2022-08-31"}, {"2021-05-01", "2022-04-30"}};
        for (int threshold : new int[] {7000, 7900, 7260, 6700}) {
            for (int cents : new int[] {-1, 0, 1}) {
                BigDecimal net = BigDecimal.valueOf(threshold * 2L * 100 + cents * 2L, 2);
                for (String[] p : periods) {
                    out.add(household("per capita " + threshold + " " + cents + " cent in " + p[0], village, two,
                            List.of(statement(p[0], p[1], net.toPlainString(), 2)), List.of()));
                }
                // three persons: per capita with a third of a cent, rounded
                BigDecimal thirds = BigDecimal.valueOf(threshold * 3L * 100 + cents, 2);
                out.add(household("per capita " + threshold + " " + cents + " third cent", village, two,
                        List.of(statement("2022-03-01", "2023-02-28", thirds.toPlainString(), 3)), List.of()));
            }
        }
        out.add(household("no statement", village, two, List.of(), List.of()));
        out.add(household("tie on overlap, same end, later start inserted first", village, two, List.of(
                statement("2022-01-01", "2024-06-30", "30000.00", 2), statement("2020-06-01", "2024-06-30", "2000.00", 2)), List.of()));
        out.add(household("tie on overlap, same end, earlier start inserted first", village, two, List.of(
                statement("2020-06-01", "2024-06-30", "2000.00", 2), statement("2022-01-01", "2024-06-30", "30000.00", 2)), List.of()));
        out.add(household("tie on overlap, different ends", village, two, List.of(
                statement("2020-01-01", "2024-12-31", "2000.00", 2), statement("2021-01-01", "2024-06-30", "30000.00", 2)), List.of()));
        out.add(household("previous of a tie on end", village, two, List.of(statement("2019-01-01", "2019-12-31", "5000.00", 2),
                statement("2018-06-01", "2019-12-31", "90000.00", 2), statement("2020-01-01", "2025-12-31", "1000.00", 2)), List.of()));
        out.add(household("none overlapping: latest before the window", village, two, List.of(
                statement("2019-01-01", "2019-12-31", "2000.00", 2), statement("2020-01-01", "2020-12-31", "30000.00", 2)), List.of()));
        out.add(household("none overlapping: only after the window", village, two, List.of(
                statement("2030-01-01", "2030-12-31", "2000.00", 2)), List.of()));
        out.add(household("none overlapping: one before, one after", village, two, List.of(
                statement("2018-01-01", "2018-12-31", "2000.00", 2), statement("2030-01-01", "2030-12-31", "90000.00", 2)), List.of()));
        out.add(household("start after end", village, two, List.of(statement("2022-12-31", "2022-01-01", "2000.00", 2)), List.of()));
        out.add(household("member count used 0", village, two, List.of(statement("2022-03-01", "2023-02-28", "2000.00", 0)), List.of()));
        out.add(household("member count used -1", village, two, List.of(statement("2022-03-01", "2023-02-28", "2000.00", -1)), List.of()));
        out.add(household("negative net", village, two, List.of(statement("2022-03-01", "2023-02-28", "100.00", "200.00", "0",
                "0", "50000.00", "0", 2)), List.of()));
        out.add(household("large amounts", village, two, List.of(statement("2022-03-01", "2023-02-28", "999999999999.99",
                "999999999999.99", "999999999999.99", "999999999999.99", "0.01", "999999999999.99", 3)), List.of()));
        out.add(household("self-paid over the threshold", village, two, List.of(statement("2022-03-01", "2023-02-28", "16000.00",
                "0", "0", "0", "0", "3000.00", 2)), List.of()));
        out.add(household("wage drop", village, two, List.of(statement("2020-05-01", "2021-04-30", "50000.00", "1000", "0", "0",
                "0", "0", 2), statement("2021-05-01", "2022-04-30", "1000.00", "1000", "0", "0", "0", "40000", 2),
                statement("2022-05-01", "2023-04-30", "100.00", "0", "0", "0", "0", "0", 2)), List.of()));
        return out;
    }

    /** Facts with odd fields, one kind per household (several per household where that is the point). */
    static List<Household> facts(String village) {
        List<Household> out = new ArrayList<>();
        List<Member> one = List.of(adult());
        String[] values = {"\"a\"", "5", "2.5", "true", "false", "null", "{\"k\": 1}", "[\"a\"]", "\"\"", "100000000000000000000000"};
        for (String v : values) {
            out.add(household("field x = " + v, village, one, List.of(), List.of(
                    fact("OTHER", "OTHER", "2023-01-05", "12.50", "{\"x\": " + v + ", \"y\": \"a\", \"subject\": " + v + "}"),
                    fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", "2022-08-01", "20000.01", "{\"visitType\": " + v + "}"),
                    fact("EDUCATION", "EDUCATION_WARNING", "2022-08-01", null, "{\"warning\": \"辍学风险\", \"stage\": " + v + "}"))));
        }
        out.add(household("fields without keys", village, one, List.of(), List.of(
                fact("OTHER", "OTHER", null, null, "{}"), fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", null, "30000", "{}"),
                fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", null, null, "{}"))));
        out.add(household("several facts of one department and of others", village, one, List.of(), List.of(
                fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", "2022-08-01", "25000", "{\"visitType\": \"住院\"}"),
                fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", "2022-09-01", "19999.99", "{\"visitType\": \"住院\"}"),
                fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", "2022-10-01", "20000.01", "{\"visitType\": \"门诊慢特病\"}"),
                fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2023-01-01", "5000", "{\"assistanceType\": \"临时救助\"}"),
                fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2021-01-01", null, "{\"assistanceType\": \"低保\"}"),
                fact("DISABLED_FEDERATION", "DISABILITY", "2023-01-01", null, "{\"grade\": \"三级\", \"category\": \"精神\"}"),
                fact("AGRICULTURE", "FARM_LOSS", "2022-07-01", "10000.00", "{\"cause\": \"产业风险\"}"))));
        out.add(household("fact dated in the year 10000", village, one, List.of(), List.of(
                fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", "+10000-01-01", "30000", "{\"visitType\": \"住院\"}"))));
        out.add(household("fact with an odd department and a null amount", village, one, List.of(), List.of(
                fact("ODD_DEPARTMENT", "OTHER", "2022-01-01", null, "{\"x\": \"a\"}"))));
        return out;
    }

    /** A household with {@code n} facts, all small amounts but the one at {@code large}. */
    static Household manyFacts(String village, int n, int large) {
        List<Fact> many = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            many.add(fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", "2022-01-01", i == large ? "30000" : "10",
                    "{\"visitType\": \"门诊统筹\", \"x\": \"a\"}"));
        }
        return household(n + " facts", village, List.of(adult()), List.of(), many);
    }

    // ---- writing ----

    /** Writes the households; answers their ids in the same order (ascending). */
    List<Long> insert(DataSource dataSource, List<Household> households) throws SQLException {
        List<String> numbers = new ArrayList<>(households.size());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into household (household_no, region_code, household_type, poverty_exit_year, monitoring_status,
                                           monitoring_category, relocated, member_count)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Household h : households) {
                    String no = (h.no() == null ? "" : h.no()) + "SQ" + nonce + "-" + (++sequence);
                    numbers.add(no);
                    ps.setString(1, no);
                    ps.setString(2, h.village());
                    ps.setString(3, h.type());
                    ps.setObject(4, h.exitYear(), Types.SMALLINT);
                    ps.setString(5, h.status());
                    ps.setString(6, h.category());
                    ps.setBoolean(7, h.relocated());
                    ps.setInt(8, h.members().size());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<Long> ids = new ArrayList<>(households.size());
            Map<String, Long> byNumber = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, household_no from household where household_no = any(?)")) {
                ps.setArray(1, c.createArrayOf("varchar", numbers.toArray()));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byNumber.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
            numbers.forEach(n -> ids.add(byNumber.get(n)));
            members(c, households, ids);
            incomes(c, households, ids);
            facts(c, households, ids);
            clues(c, households, ids);
            c.commit();
            return ids;
        }
    }

    private void members(Connection c, List<Household> households, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into member (household_id, name, id_number, sex, birth_date, relation, school_stage, health,
                                    disability_category, disability_grade, labour_capacity, work_months, medical_insurance,
                                    dibao, tekun, removed_at)
                values (?, '测试', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < households.size(); i++) {
                for (Member m : households.get(i).members()) {
                    ps.setLong(1, ids.get(i));
                    ps.setString(2, "Q" + nonce + String.format("%0" + (17 - nonce.length()) + "d", ++sequence));
                    ps.setString(3, m.sex());
                    ps.setDate(4, Date.valueOf(m.birth()));
                    ps.setString(5, m.relation());
                    ps.setString(6, m.schoolStage());
                    ps.setString(7, m.health());
                    ps.setString(8, m.disabilityCategory());
                    ps.setObject(9, m.disabilityGrade(), Types.SMALLINT);
                    ps.setString(10, m.labour());
                    ps.setObject(11, m.workMonths(), Types.SMALLINT);
                    ps.setString(12, m.insurance());
                    ps.setBoolean(13, m.dibao());
                    ps.setBoolean(14, m.tekun());
                    ps.setObject(15, m.removed() ? java.time.OffsetDateTime.now() : null, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void incomes(Connection c, List<Household> households, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into income_statement (household_id, period_start, period_end, wage_income, business_income,
                    property_income, transfer_income, production_expense, compliant_self_paid, net_income,
                    per_capita_income, member_count_used)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)""")) {
            for (int i = 0; i < households.size(); i++) {
                for (Income s : households.get(i).incomes()) {
                    ps.setLong(1, ids.get(i));
                    ps.setObject(2, s.start());
                    ps.setObject(3, s.end());
                    ps.setBigDecimal(4, s.wage());
                    ps.setBigDecimal(5, s.business());
                    ps.setBigDecimal(6, s.property());
                    ps.setBigDecimal(7, s.transfer());
                    ps.setBigDecimal(8, s.productionExpense());
                    ps.setBigDecimal(9, s.selfPaid());
                    ps.setInt(10, s.memberCount());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void facts(Connection c, List<Household> households, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into risk_fact (household_id, department, kind, fact_date, amount, fields, source_ref, source, dedup_key)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")) {
            for (int i = 0; i < households.size(); i++) {
                for (Fact f : households.get(i).facts()) {
                    int n = ++sequence;
                    ps.setLong(1, ids.get(i));
                    ps.setString(2, f.department());
                    ps.setString(3, f.kind());
                    ps.setObject(4, f.date());
                    ps.setBigDecimal(5, f.amount());
                    ps.setString(6, f.fields());
                    ps.setString(7, "ref-" + n);
                    ps.setString(8, f.source());
                    ps.setString(9, "sqltest:" + nonce + ":" + n);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void clues(Connection c, List<Household> households, List<Long> ids) throws SQLException {
        try (PreparedStatement clue = c.prepareStatement("""
                insert into risk_clue (region_code, household_id, status, opened_on) values (?, ?, ?, date '2022-06-01')
                returning id""");
                PreparedStatement signal = c.prepareStatement("""
                        insert into clue_signal (clue_id, channel, reason, rule_values, raised_on, dedup_key)
                        values (?, ?, '测试', '{}', date '2022-06-01', ?)""")) {
            for (int i = 0; i < households.size(); i++) {
                List<List<String>> clues = households.get(i).clues();
                for (int k = 0; k < clues.size(); k++) {
                    clue.setString(1, households.get(i).village());
                    clue.setLong(2, ids.get(i));
                    clue.setString(3, k == 0 ? "OPEN" : "DECIDED");
                    long clueId;
                    try (var rs = clue.executeQuery()) {
                        rs.next();
                        clueId = rs.getLong(1);
                    }
                    for (String channel : clues.get(k)) {
                        signal.setLong(1, clueId);
                        signal.setString(2, channel);
                        signal.setString(3, "sqltest:" + nonce + ":" + (++sequence));
                        signal.addBatch();
                    }
                }
            }
            signal.executeBatch();
        }
    }
}
