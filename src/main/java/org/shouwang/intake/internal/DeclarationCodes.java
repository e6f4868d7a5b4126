package org.shouwang.intake.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一户一码: the QR codes of a village and of each of its households. A code is a random token, not an id, so nobody
 * can guess another household's code; it is created the first time a sheet is printed and then kept, so paper
 * already handed out stays valid.
 */
@Component
public class DeclarationCodes {

    /** What a code points at: a village, and for a household code the household (and the village it is in now). */
    public record Target(String code, String regionCode, Long householdId, String householdNo, String headName) {
    }

    /** One household's line on the printed sheet. */
    public record HouseholdCode(long householdId, String householdNo, String headName, String code) {
    }

    private final JdbcClient jdbc;

    DeclarationCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Target> resolve(String code) {
        return jdbc.sql("""
                select c.code, coalesce(h.region_code, c.region_code), c.household_id, h.household_no, h.head_name
                  from declaration_code c left join household h on h.id = c.household_id
                 where c.code = ?""").param(code)
                .query((rs, n) -> new Target(rs.getString(1), rs.getString(2), (Long) rs.getObject(3),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** The village's own code, created on first use. */
    @Transactional
    public String villageCode(String village, String username) {
        jdbc.sql("""
                insert into declaration_code (code, region_code, created_by) values (?, ?, ?)
                on conflict (region_code) where household_id is null do nothing""")
                .params(Tokens.random(Tokens.QR_LENGTH), village, username).update();
        return jdbc.sql("select code from declaration_code where region_code = ? and household_id is null")
                .param(village).query(String.class).single();
    }

    /** A code for every household of the village (creating the missing ones), ordered by household number. */
    @Transactional
    public List<HouseholdCode> householdCodes(String village, String username) {
        List<Long> missing = jdbc.sql("""
                select h.id from household h
                 where h.region_code = ? and not exists (select 1 from declaration_code c where c.household_id = h.id)""")
                .param(village).query(Long.class).list();
        for (Long household : missing) {
            jdbc.sql("""
                    insert into declaration_code (code, region_code, household_id, created_by) values (?, ?, ?, ?)
                    on conflict (household_id) where household_id is not null do nothing""")
                    .params(Tokens.random(Tokens.QR_LENGTH), village, household, username).update();
        }
        return jdbc.sql("""
                select h.id, h.household_no, h.head_name, c.code
                  from household h join declaration_code c on c.household_id = h.id
                 where h.region_code = ? order by h.household_no""").param(village)
                .query((rs, n) -> new HouseholdCode(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
