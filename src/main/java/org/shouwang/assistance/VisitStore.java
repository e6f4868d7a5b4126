package org.shouwang.assistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.shared.Labelled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for the visit table. Only inserts: visits are append-only. The lists read the household number, head and
 * village from the registry's tables in the same query, as a read model; nothing here writes to them.
 */
@Component
class VisitStore {

    /** One household's visits shown at once; years of monthly visits fit well within it. */
    static final int HOUSEHOLD_LIMIT = 200;
    static final int MINE_LIMIT = 1000;

    private static final String SELECT = """
            select v.*, h.household_no, r.name as village_name,
                   (select m.name from member m where m.household_id = v.household_id and m.relation = 'HEAD'
                     and m.removed_at is null order by m.id limit 1) as head_name,
                   (select c.id from visit c where c.corrects_visit_id = v.id) as corrected_by
              from visit v join household h on h.id = v.household_id left join region r on r.code = v.region_code
            """;

    private final JdbcClient jdbc;

    VisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id is taken first so the clue signal can name "visit:id" and the visit is written once, complete. */
    long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('visit', 'id'))").query(Long.class).single();
    }

    void insert(long id, long householdId, String regionCode, CurrentUser visitor, VisitEntry e, Long clueId) {
        jdbc.sql("""
                insert into visit (id, household_id, region_code, visitor_username, visitor_name, visitor_role, mode,
                                   visit_date, household_reached, findings, income_change, income_change_amount,
                                   guarantee_gaps, risk_types, raise_clue, clue_reason, clue_id, corrects_visit_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, householdId, regionCode, visitor.username(), visitor.displayName(), visitor.role().name(),
                        e.mode().name(), e.visitDate(), e.householdReached(), e.findings(), e.incomeChange().name(),
                        e.incomeChangeAmount(), codes(e.guaranteeGaps()), codes(e.riskTypes()), e.raiseClue(),
                        e.clueReason(), clueId, e.correctsVisitId())
                .update();
    }

    /** The visit being corrected, locked so two corrections of it cannot both pass the check. */
    Corrected correctable(long id) {
        return jdbc.sql("""
                select household_id, visitor_username, exists (select 1 from visit c where c.corrects_visit_id = v.id) as corrected
                  from visit v where id = ? for update""").param(id)
                .query((rs, n) -> new Corrected(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).optional().orElse(null);
    }

    record Corrected(long householdId, String visitorUsername, boolean alreadyCorrected) {
    }

    Visit byId(long id) {
        return jdbc.sql(SELECT + " where v.id = ?").param(id).query(VisitStore::visit).single();
    }

    List<Visit> ofHousehold(long householdId) {
        return jdbc.sql(SELECT + " where v.household_id = ? order by v.visit_date desc, v.id desc limit ?")
                .params(householdId, HOUSEHOLD_LIMIT).query(VisitStore::visit).list();
    }

    /** The household's latest visit that no later visit corrects (a corrected visit no longer says what was seen). */
    Optional<Visit> latestStanding(long householdId) {
        return jdbc.sql(SELECT + """
                 where v.household_id = ? and not exists (select 1 from visit c where c.corrects_visit_id = v.id)
                 order by v.visit_date desc, v.id desc limit 1""").param(householdId).query(VisitStore::visit).optional();
    }

    /** A visitor's own visits to households still in their scope (a user moved elsewhere no longer sees the old ones). */
    List<Visit> ofVisitor(CurrentUser user, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                 where v.visitor_username = ? and v.visit_date between ? and ? and h.region_code between ? and ?
                 order by v.visit_date desc, v.id desc limit ?""")
                .params(user.username(), from, to, user.scope().low(), user.scope().high(), MINE_LIMIT)
                .query(VisitStore::visit).list();
    }

    private static Visit visit(ResultSet rs, int n) throws SQLException {
        VisitMode mode = VisitMode.valueOf(rs.getString("mode"));
        IncomeChange change = IncomeChange.valueOf(rs.getString("income_change"));
        List<GuaranteeGap> gaps = parse(rs.getString("guarantee_gaps"), GuaranteeGap::valueOf);
        List<RiskType> risks = parse(rs.getString("risk_types"), RiskType::valueOf);
        String role = rs.getString("visitor_role");
        return new Visit(rs.getLong("id"), rs.getLong("household_id"), rs.getString("household_no"), rs.getString("head_name"),
                rs.getString("region_code"), rs.getString("village_name"), rs.getString("visitor_username"),
                rs.getString("visitor_name"), role, roleLabel(role), mode, mode.label(),
                rs.getObject("visit_date", LocalDate.class), rs.getBoolean("household_reached"), rs.getString("findings"),
                change, change.label(), rs.getBigDecimal("income_change_amount"), gaps, labels(gaps), risks, labels(risks),
                rs.getBoolean("raise_clue"), rs.getString("clue_reason"), rs.getObject("clue_id", Long.class),
                rs.getObject("clue_id") != null, rs.getObject("corrects_visit_id", Long.class),
                rs.getObject("corrected_by", Long.class), rs.getObject("created_at", OffsetDateTime.class));
    }

    private static String roleLabel(String role) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).map(Role::label).findFirst().orElse(role);
    }

    private static String codes(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E> List<E> parse(String codes, Function<String, E> valueOf) {
        return Arrays.stream(codes.split(",")).filter(s -> !s.isBlank()).map(valueOf).toList();
    }

    private static List<String> labels(List<? extends Labelled> values) {
        return values.stream().map(Labelled::label).toList();
    }
}
