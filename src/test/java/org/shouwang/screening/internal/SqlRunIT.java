package org.shouwang.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Role;
import org.shouwang.access.Users;
import org.shouwang.registry.Regions;
import org.shouwang.screening.Clues;
import org.shouwang.screening.Finding;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole screening run evaluated in PostgreSQL stores the same results and raises the same clue signals as the same
 * run evaluated in CEL ({@code shouwang.screening.sql=false}): a county of its own (349988) with a county profile of
 * translatable rules (shipped ones and ones of {@link SqlScreenerIT}), a township whose profile adds a rule without SQL
 * form (its villages go the CEL way inside the SQL run) and a township whose profile adds another rule (a second
 * statement), over households of {@link SqlScreenerData}. Runs raise clues, and clue channels are part of the
 * view, so the county is first screened until a run raises nothing new; then a run in CEL and one in SQL must store
 * the same results and raise nothing new either.
 */
@IntegrationTest
class SqlRunIT {

    static final String COUNTY = "349988000000";
    static final String TOWNSHIP_1 = "349988001000";
    static final String VILLAGE_11 = "349988001001";
    static final String VILLAGE_12 = "349988001002";
    static final String TOWNSHIP_2 = "349988002000";
    static final String VILLAGE_21 = "349988002001";
    static final String TOWNSHIP_3 = "349988003000";
    static final String VILLAGE_31 = "349988003001";
    static final String ADMIN = "sr-admin";
    static final LocalDate AS_OF = LocalDate.of(2023, 3, 1);

    @LocalServerPort
    int port;
    @Autowired
    Regions regions;
    @Autowired
    Users users;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunStore runs;
    @Autowired
    HouseholdLoader loader;
    @Autowired
    Screeners screeners;
    @Autowired
    WhatIfScreeners whatIf;
    @Autowired
    Clues clues;
    @Autowired
    FactStore facts;

    /** code, scope, department, expression, evidence (label, expression, …) */
    static List<Object[]> countyRules() {
        return List.of(
                rule("R_MINORS", "HOUSEHOLD", null, "household.memberCount > 0 && household.minors * 100 >= household.memberCount * 60",
                        "未成年人数", "household.minors", "占比", "double(household.minors) / double(household.memberCount)"),
                rule("R_STUDENTS", "HOUSEHOLD", null, "household.memberCount > 0 && household.nonCompulsoryStudents * 100 >= household.memberCount * 50",
                        "在读", "household.nonCompulsoryStudents"),
                rule("R_TEKUN", "HOUSEHOLD", null, "household.members.exists(m, m.tekun)", "人数", "household.members.filter(m, m.tekun).size()"),
                rule("R_WAGE_DROP", "HOUSEHOLD", null, "household.income.present && household.previousIncome.present "
                        + "&& household.previousIncome.gross > 0.0 && household.previousIncome.wage > household.previousIncome.gross * profile.params.wageShareLastYear "
                        + "&& household.income.wage <= household.previousIncome.wage * profile.params.wageNoneShare",
                        "上期工资", "household.previousIncome.wage", "本期工资", "household.income.wage"),
                rule("R_RIGID", "HOUSEHOLD", null, "household.income.present && (household.income.selfPaid > household.income.net * profile.params.rigidSpendingShare "
                        + "|| (household.previousIncome.present && household.previousIncome.net > 0.0 "
                        + "&& household.income.net < household.previousIncome.net * (1.0 - profile.params.incomeDropShare)))",
                        "自付", "household.income.selfPaid", "纯收入", "household.income.net", "上期纯收入", "household.previousIncome.net"),
                rule("R_ELDERLY_ALONE", "HOUSEHOLD", null, "household.memberCount == 1 && household.elderly == 1 && household.income.present "
                        + "&& household.income.perCapita < profile.threshold * 1.5", "人均", "household.income.perCapita"),
                rule("R_DECLARED", "HOUSEHOLD", null, "household.channels.exists(c, c in ['农户自主申报', '部门筛查预警', '信访渠道推送'])",
                        // evidence without SQL form (the household is evaluated in CEL); not household.channels itself,
                        // whose order is the order PostgreSQL happens to return the channels in (see the report)
                        "途径数", "household.channels.size()", "工资", "string(household.income.wage)"),
                rule("R_DISABLED", "HOUSEHOLD", null, "household.severelyDisabled > 0 || household.facts.exists(f, f.kind == 'DISABILITY' "
                        + "&& f.date >= string(profile.year) + '-01-01')", "重度", "household.severelyDisabled"),
                rule("R_LABELS", "HOUSEHOLD", null, "household.type in ['脱贫户', 'ODD_TYPE'] && household.category in ['', '边缘易致贫户', 'ODD_CAT']",
                        "类型", "household.type", "类别", "household.category"),
                // labels and values the SQL that writes the findings must carry exactly: quotes, a question mark (a
                // JDBC marker outside a literal), a backslash, and the "=" and ", " of Map.toString, which the key hashes
                rule("R_HOSTILE", "HOUSEHOLD", null, "household.memberCount >= 5",
                        "人数'?\\\"=, {户}", "household.memberCount",
                        "户号'; drop table household; --", "household.householdNo + \"\\\\'?\\\"\""),
                rule("R_CODES", "HOUSEHOLD", null, "household.members.exists(m, m.schoolStage == 'XYZ' || m.labour == 'ODD' "
                        + "|| m.disabilityCategory == 'OTHER_CODE' || m.schoolStage == '')"),
                rule("R_AGES", "HOUSEHOLD", null, "household.members.exists(m, m.age >= 7 && 15 >= m.age || 60 == m.age || m.age == 18)",
                        "人数", "household.members.filter(m, m.age >= 7 && 15 >= m.age).size()"),
                rule("R_PREVIOUS", "HOUSEHOLD", null, "household.previousIncome.present && household.previousIncome.perCapita > household.income.perCapita",
                        "上期起", "household.previousIncome.periodStart", "上期人均", "household.previousIncome.perCapita",
                        "本期起", "household.income.periodStart", "本期人均", "household.income.perCapita", "人口", "household.income.memberCount"),
                rule("R_NO_PERSONS", "HOUSEHOLD", null, "household.income.memberCount <= 0 && household.income.present",
                        "人均", "household.income.perCapita", "纯收入", "household.income.net"),
                rule("R_INCOMES", "HOUSEHOLD", null, "household.incomes.exists(i, i.perCapita < 5000.0 && i.memberCount > 0)",
                        "期数", "household.incomes.size()"),
                rule("R_CHANNELS", "HOUSEHOLD", null, "household.channels.exists(c, c == '农户自主申报') && household.channels.all(c, c != '系统筛查')"),
                rule("R_EVIDENCE", "HOUSEHOLD", null, "household.memberCount >= 5", "int", "household.minors", "double", "household.income.perCapita",
                        "string", "household.householdNo + '/' + household.type", "bool", "household.relocated",
                        "conditional", "household.memberCount > 6 ? 'big' : 'small'", "ratio", "double(household.elderly) / double(household.memberCount)"),
                rule("R_FACTS", "HOUSEHOLD", null, "household.facts.exists_one(f, f.department == '医保') || household.facts.size() >= 3",
                        "条数", "household.facts.size()"),
                rule("R_EQ", "HOUSEHOLD", null, "household.income.perCapita == 7000.0 || household.income.perCapita == 6999.99 "
                        + "|| household.income.perCapita == 7000.01", "人均", "household.income.perCapita"),
                rule("R_LARGE", "HOUSEHOLD", null, "household.income.gross > 1.0e12 || household.income.net < 0.0",
                        "四项", "household.income.gross", "纯收入", "household.income.net", "人均", "household.income.perCapita"),
                rule("R_MEDICAL", "FACT", "MEDICAL_INSURANCE", "fact.kind == 'SELF_PAID_MEDICAL' && fact.fields.visitType in ['住院', '门诊慢特病'] "
                        + "&& fact.amount > profile.params.medicalSelfPaidLimit", "自付", "fact.amount", "类型", "fact.fields.visitType",
                        "日期", "fact.date"),
                rule("R_EDUCATION", "FACT", "EDUCATION", "fact.kind == 'EDUCATION_WARNING' && fact.fields.warning in ['辍学风险', '已辍学']",
                        "预警", "fact.fields.warning", "学段", "fact.fields.stage", "日期", "fact.date"),
                rule("R_HOUSING", "FACT", "HOUSING", "fact.kind == 'HOUSING_APPRAISAL' && fact.fields.grade in ['C', 'D']",
                        "等级", "fact.fields.grade"),
                rule("R_CIVIL", "FACT", "CIVIL_AFFAIRS", "fact.kind == 'SOCIAL_ASSISTANCE' && fact.fields.assistanceType in ['低保', '特困', '申请未通过'] "
                        + "&& fact.date >= string(profile.year - 2) + '-01-01'", "类型", "fact.fields.assistanceType", "日期", "fact.date"),
                rule("R_DISABILITY", "FACT", "DISABLED_FEDERATION", "fact.kind == 'DISABILITY' && (fact.fields.grade in ['一级', '二级'] "
                        + "|| (fact.fields.grade == '三级' && fact.fields.category in ['智力', '精神']) || household.disabledCount >= 2 "
                        + "|| (household.disabledCount >= 1 && household.elderly >= 1 && household.labourCount == 0))",
                        "类别", "fact.fields.category", "等级", "fact.fields.grade", "残疾人数", "household.disabledCount"),
                rule("R_PETITION", "FACT", "PETITION", "fact.kind == 'PETITION' && household.income.present && household.income.perCapita < profile.threshold",
                        "人均", "household.income.perCapita", "诉求", "fact.fields.summary"),
                rule("R_FARM", "FACT", "AGRICULTURE", "fact.kind == 'FARM_LOSS' && fact.amount >= profile.params.farmLossLimit",
                        "损失", "fact.amount", "原因", "fact.fields.cause"));
    }

    static Object[] rule(String code, String scope, String department, String expression, String... evidence) {
        Map<String, String> ev = new LinkedHashMap<>();
        for (int i = 0; i < evidence.length; i += 2) {
            ev.put(evidence[i], evidence[i + 1]);
        }
        return new Object[] {code, scope, department, expression, ev};
    }

    @Test
    void aRunInSqlStoresAndRaisesWhatARunInCelDoes() throws Exception {
        TestRegions.county(COUNTY, "对照县").township(TOWNSHIP_1, "对照一镇").village(VILLAGE_11, "对照一村")
                .village(VILLAGE_12, "对照二村").township(TOWNSHIP_2, "对照二镇").village(VILLAGE_21, "对照三村")
                .township(TOWNSHIP_3, "对照三镇").village(VILLAGE_31, "对照四村")
                .user(ADMIN, Role.COUNTY_ADMIN, COUNTY).create(regions, users);
        ApiClient admin = ApiClient.loggedIn(port, ADMIN, TestCounty.PASSWORD);
        Map<String, Object> params = new HashMap<>();
        params.put("threshold", Map.of("amount", 7000, "source", "对照县监测范围"));
        params.put("params", Map.of("medicalSelfPaidLimit", 20000, "farmLossLimit", 10000, "wageShareLastYear", 0.6,
                "wageNoneShare", 0.1, "rigidSpendingShare", 0.5, "incomeDropShare", 0.5));
        long county = profile(admin, COUNTY, "对照县 2020 年起", params);
        for (Object[] r : countyRules()) {
            ensureRule(admin, county, r);
        }
        // a township whose profile has a rule without SQL form: its village is screened in CEL within the SQL run
        ensureRule(admin, profile(admin, TOWNSHIP_2, "对照二镇 2020 年起", Map.of()), rule("R_REGEX", "HOUSEHOLD", null,
                "household.householdNo.matches('^SQ.*7$')"));
        // a township with one rule more: a second statement
        ensureRule(admin, profile(admin, TOWNSHIP_3, "对照三镇 2020 年起", Map.of()), rule("R_BIG", "HOUSEHOLD", null,
                "household.memberCount >= 4 && household.income.perCapita < profile.threshold * 2.0", "人口", "household.memberCount"));

        SqlScreenerData data = new SqlScreenerData();
        List<SqlScreenerData.Household> all = new ArrayList<>(data.random(20_230_301L, 1_500,
                List.of(VILLAGE_11, VILLAGE_12, VILLAGE_21, VILLAGE_31), AS_OF, true));
        all.addAll(SqlScreenerData.ages(VILLAGE_11, List.of(AS_OF, AS_OF.minusDays(1))));
        all.addAll(SqlScreenerData.oddMembers(VILLAGE_12));
        SqlScreenerData.incomes(VILLAGE_31).stream().filter(h -> h.incomes().stream()
                .map(SqlScreenerData.Income::end).distinct().count() == h.incomes().size()).forEach(all::add);
        SqlScreenerData.facts(VILLAGE_21).stream().filter(h -> !h.note().equals("fields without keys")).forEach(all::add);
        data.insert(dataSource, all);
        jdbc.sql("analyze household, member, income_statement, risk_fact, risk_clue, clue_signal").update();

        RunWorker inSql = new RunWorker(runs, loader, screeners, whatIf, clues, facts, new SqlScreening(dataSource, true), jdbc, 2);
        RunWorker inCel = new RunWorker(runs, loader, screeners, whatIf, clues, facts, new SqlScreening(dataSource, false), jdbc, 2);
        try {
            // runs raise clues, and the channels of clues are part of the view: screen until nothing new is raised
            long last = 0;
            int newSignals = -1;
            for (int i = 0; i < 6 && newSignals != 0; i++) {
                last = run(inSql);
                newSignals = runs.find(last).orElseThrow().newSignals();
            }
            assertThat(newSignals).as("runs in SQL raise nothing new after a few").isZero();
            long cel = run(inCel);
            long sql = run(inSql);
            Map<Long, String> celResults = results(cel), sqlResults = results(sql), lastResults = results(last);
            assertThat(celResults).as("results in CEL").hasSizeGreaterThan(500);
            assertThat(diff(lastResults, celResults)).as("results in SQL and in CEL").isEmpty();
            assertThat(diff(sqlResults, celResults)).isEmpty();
            assertThat(runs.find(cel).orElseThrow().newSignals()).as("the run in CEL raises nothing the run in SQL did not").isZero();
            assertThat(runs.find(sql).orElseThrow().newSignals()).isZero();
            assertThat(runs.find(sql).orElseThrow().flagged()).isEqualTo(runs.find(cel).orElseThrow().flagged());
            // the signals the runs' findings make are those raised (every one of them is in the inbox)
            Set<String> celKeys = dedupKeys(cel), sqlKeys = dedupKeys(sql);
            assertThat(sqlKeys).isEqualTo(celKeys);
            List<String> stored = jdbc.sql("select dedup_key from clue_signal where dedup_key = any(?)")
                    .param(celKeys.toArray(String[]::new)).query(String.class).list();
            Set<String> notRaised = new TreeSet<>(celKeys);
            stored.forEach(notRaised::remove);
            assertThat(notRaised).as("signals of the findings that are not in the inbox").isEmpty();
            // and they are stored as Java makes them: the reason the village reads, the values, the source
            assertThat(storedSignalsDiffer(cel)).as("signals stored by the runs in SQL against the signals of CEL's findings")
                    .isEmpty();
            // every kind of rule had something to find
            Set<String> codes = new TreeSet<>(jdbc.sql("select distinct unnest(rule_codes) from screening_result where run_id = ?")
                    .param(sql).query(String.class).list());
            assertThat(codes).contains("R_HOSTILE", "R_MINORS", "R_TEKUN", "R_DECLARED", "R_AGES", "R_PREVIOUS", "R_MEDICAL", "R_CIVIL",
                    "R_DISABILITY", "R_REGEX", "R_BIG", "INCOME_BELOW_THRESHOLD", "SCHOOL_AGE_NOT_IN_SCHOOL");
        } finally {
            inSql.stop();
            inCel.stop();
        }
    }

    private long run(RunWorker worker) {
        long id = runs.create(COUNTY, AS_OF, "RUN", "MANUAL", null, ADMIN);
        worker.runNow(id);
        var run = runs.find(id).orElseThrow();
        assertThat(run.status()).as(run.message()).isEqualTo("DONE");
        return id;
    }

    /** household id → flagged, baseline, rule codes and the findings decoded, as text. */
    private Map<Long, String> results(long runId) {
        List<CompactFindings.RuleText> catalogue = runs.catalogue(runId);
        Map<Long, String> out = new TreeMap<>();
        jdbc.sql("select household_id, region_code, flagged, baseline, rule_codes::text, findings::text from screening_result where run_id = ?")
                .param(runId).query((rs, n) -> {
                    List<Finding> findings = CompactFindings.decode(rs.getString(6), catalogue, runs.json());
                    List<String> shown = new ArrayList<>();
                    for (Finding f : findings) {
                        Map<String, String> typed = new LinkedHashMap<>();
                        f.evidence().forEach((k, v) -> typed.put(k, v == null ? "null" : v.getClass().getSimpleName() + " " + v));
                        shown.add(f.reason() + " " + typed + " " + f.factId() + " " + f.factSource() + " " + f.factRef());
                    }
                    out.put(rs.getLong(1), rs.getString(2) + " " + rs.getBoolean(3) + " " + rs.getBoolean(4) + " "
                            + rs.getString(5) + " " + shown);
                    return null;
                }).list();
        return out;
    }

    private Set<String> dedupKeys(long runId) {
        List<CompactFindings.RuleText> catalogue = runs.catalogue(runId);
        Set<String> keys = new TreeSet<>();
        jdbc.sql("select household_id, region_code, findings::text from screening_result where run_id = ? and flagged")
                .param(runId).query((rs, n) -> {
                    for (Finding f : CompactFindings.decode(rs.getString(3), catalogue, runs.json())) {
                        // an evidence value CEL gives as an object (an unknown for a JSON null of fact.fields) is stored as
                        // JSON and read back as a map: its signal's key cannot be made again from the result
                        if (f.evidence().values().stream().noneMatch(v -> v instanceof Map || v instanceof List)) {
                            keys.add(Signals.of(rs.getLong(1), rs.getString(2), f, AS_OF, "").dedupKey());
                        }
                    }
                    return null;
                }).list();
        return keys;
    }

    /**
     * The signals of a run's findings (made in Java, as {@link Signals#of}) that differ from those the inbox holds under
     * the same keys: channel, source (the run's label aside), source ref, rule, reason and values (as JSON read).
     */
    private List<String> storedSignalsDiffer(long runId) {
        List<CompactFindings.RuleText> catalogue = runs.catalogue(runId);
        Map<String, String> expected = new TreeMap<>();
        jdbc.sql("select household_id, region_code, findings::text from screening_result where run_id = ? and flagged")
                .param(runId).query((rs, n) -> {
                    for (Finding f : CompactFindings.decode(rs.getString(3), catalogue, runs.json())) {
                        if (f.evidence().values().stream().noneMatch(v -> v instanceof Map || v instanceof List)) {
                            var s = Signals.of(rs.getLong(1), rs.getString(2), f, AS_OF, "系统筛查");
                            expected.put(s.dedupKey(), signal(s.channel().name(), s.source(), s.sourceRef(), s.ruleCode(),
                                    s.reason(), JsonText.object(s.values(), runs.json())));
                        }
                    }
                    return null;
                }).list();
        List<String> out = new ArrayList<>();
        jdbc.sql("select dedup_key, channel, source, source_ref, rule_code, reason, rule_values::text"
                + " from clue_signal where dedup_key = any(?)").param(expected.keySet().toArray(String[]::new))
                .query((rs, n) -> {
                    // a run's label holds its number: "系统筛查 #12（2023-03-01） · 规则 R" is compared as "系统筛查 · 规则 R"
                    String source = rs.getString(3) == null ? null : rs.getString(3).replaceFirst("^系统筛查 #\\d+（[^）]*）", "系统筛查");
                    String json = runs.json().readTree(rs.getString(7)).toString();
                    String stored = signal(rs.getString(2), source, rs.getString(4), rs.getString(5), rs.getString(6),
                            json);
                    String wanted = expected.get(rs.getString(1));
                    String wantedJson = wanted.split("\n")[5];
                    wanted = wanted.replace(wantedJson, runs.json().readTree(wantedJson).toString());
                    if (!stored.equals(wanted) && out.size() < 20) {
                        out.add(rs.getString(1) + ":\n  " + stored.replace("\n", " | ") + "\n  " + wanted.replace("\n", " | "));
                    }
                    return null;
                }).list();
        return out;
    }

    private static String signal(String... parts) {
        return String.join("\n", java.util.Arrays.stream(parts).map(String::valueOf).toList());
    }

    private static List<String> diff(Map<Long, String> a, Map<Long, String> b) {
        List<String> out = new ArrayList<>();
        Set<Long> ids = new TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        for (long id : ids) {
            if (!java.util.Objects.equals(a.get(id), b.get(id)) && out.size() < 20) {
                out.add("household " + id + ":\n  " + a.get(id) + "\n  " + b.get(id));
            }
        }
        return out;
    }

    /** The profile of the region with this name, created the first time. */
    private long profile(ApiClient admin, String region, String name, Map<String, Object> parameters) {
        return jdbc.sql("select id from policy_profile where region_code = ? and name = ? order by id limit 1")
                .params(region, name).query(Long.class).optional().orElseGet(() -> {
                    ApiClient.Answer a = admin.post("/api/policy/profiles", Map.of("regionCode", region, "name", name,
                            "effectiveFrom", "2020-01-01", "sourceDoc", "测试", "parameters", parameters));
                    assertThat(a.status()).as(a.body()).isEqualTo(201);
                    return ((Number) a.read("$.id")).longValue();
                });
    }

    /** The rule, saved and published unless it is already (a database an earlier run used). */
    @SuppressWarnings("unchecked")
    private void ensureRule(ApiClient admin, long profile, Object[] r) {
        String code = (String) r[0];
        String status = jdbc.sql("select status from policy_rule where profile_id = ? and code = ? and version = 1")
                .params(profile, code).query(String.class).optional().orElse(null);
        if (status == null) {
            Map<String, Object> body = new HashMap<>();
            body.put("code", code);
            body.put("name", "对照规则 " + code);
            body.put("description", "说明");
            body.put("clause", "条款");
            body.put("scope", r[1]);
            body.put("department", r[2]);
            body.put("expression", r[3]);
            body.put("evidence", r.length > 4 ? (Map<String, String>) r[4] : Map.of());
            ApiClient.Answer a = admin.post("/api/policy/profiles/" + profile + "/rules", body);
            assertThat(a.status()).as(code + ": " + a.body()).isEqualTo(201);
            status = "DRAFT";
        }
        if ("DRAFT".equals(status)) {
            ApiClient.Answer a = admin.post("/api/policy/profiles/" + profile + "/rules/" + code + "/publish", Map.of("version", 1));
            assertThat(a.status()).as(a.body()).isEqualTo(204);
        }
    }
}
