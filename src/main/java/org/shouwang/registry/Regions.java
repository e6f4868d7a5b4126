package org.shouwang.registry;

import java.util.List;
import java.util.Optional;
import org.shouwang.access.CurrentUser;
import org.shouwang.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The administrative tree (province → village) with its 村民小组 and grids, read within the user's scope. */
@Component
public class Regions {

    public record Region(String code, String name, int level, String parentCode) {
    }

    public record Group(long id, String name) {
    }

    public record Grid(long id, String name, String workerName) {
    }

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Children of {@code parent}; without a parent, the user's own region, so each user's tree starts at their scope. */
    public List<Region> children(String parent, CurrentUser user) {
        if (parent == null || parent.isBlank()) {
            return byCode(user.scope().value()).map(List::of).orElse(List.of());
        }
        if (!RegionCode.isValid(parent) || !user.covers(parent)) {
            return List.of();
        }
        return jdbc.sql("select code, name, level, parent_code from region where parent_code = ? order by code")
                .param(parent).query((rs, n) -> new Region(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    public Optional<Region> byCode(String code) {
        return jdbc.sql("select code, name, level, parent_code from region where code = ?").param(code)
                .query((rs, n) -> new Region(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4))).optional();
    }

    /** "守望县/槐树湾乡/槐树湾村": names from the county down, for headers and exports. */
    public String path(String code) {
        return jdbc.sql("""
                with recursive up(code, name, parent_code, level) as (
                  select code, name, parent_code, level from region where code = ?
                  union all select r.code, r.name, r.parent_code, r.level from region r join up on r.code = up.parent_code)
                select string_agg(name, '/' order by level) from up where level >= 3""")
                .param(code).query(String.class).optional().orElse(code);
    }

    public List<Group> groups(String village, CurrentUser user) {
        if (!user.covers(village)) {
            return List.of();
        }
        return jdbc.sql("select id, name from village_group where village_code = ? order by id").param(village)
                .query((rs, n) -> new Group(rs.getLong(1), rs.getString(2))).list();
    }

    public List<Grid> grids(String village, CurrentUser user) {
        if (!user.covers(village)) {
            return List.of();
        }
        return jdbc.sql("select id, name, worker_name from grid where village_code = ? order by id").param(village)
                .query((rs, n) -> new Grid(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    @Transactional
    public void define(List<Region> regions) {
        for (Region r : regions) {
            jdbc.sql("""
                    insert into region (code, name, level, parent_code) values (?, ?, ?, ?)
                    on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code""")
                    .params(r.code(), r.name(), r.level(), r.parentCode()).update();
        }
    }

    @Transactional
    public void defineGrid(String village, String name, String workerName, String workerPhone) {
        jdbc.sql("""
                insert into grid (village_code, name, worker_name, worker_phone) values (?, ?, ?, ?)
                on conflict (village_code, name) do update set worker_name = excluded.worker_name, worker_phone = excluded.worker_phone""")
                .params(village, name, workerName, workerPhone).update();
    }

    @Transactional
    public void defineGroup(String village, String name) {
        jdbc.sql("insert into village_group (village_code, name) values (?, ?) on conflict do nothing").params(village, name).update();
    }
}
