package org.shouwang.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.shouwang.shared.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The user accounts: create, change, find, count. */
@Component
public class Users {

    static final int MIN_PASSWORD = 8;

    /** How long a request may reuse an account read by an earlier one (one second). */
    static final long HOLD_NANOS = 1_000_000_000L;

    private record Held(UserAccount account, long at) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Map<String, Held> recent = new ConcurrentHashMap<>();

    Users(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public List<UserAccount> within(RegionCode scope) {
        return jdbc.sql("select * from app_user where region_code between ? and ? order by region_code, username")
                .params(scope.low(), scope.high()).query(Users::map).list();
    }

    public Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username).query(Users::map).optional();
    }

    /**
     * The account as a request should see it (role, scope, enabled): read at most {@link #HOLD_NANOS} ago, and read
     * afresh after any change made through {@link #update}, so a disabled or moved user is refused on the next request.
     * Reading it on every request was one more database round trip than the search or page the request was for.
     */
    public Optional<UserAccount> forRequest(String username) {
        long now = System.nanoTime();
        Held held = recent.get(username);
        if (held != null && now - held.at() < HOLD_NANOS) {
            return Optional.of(held.account());
        }
        Optional<UserAccount> account = byUsername(username);
        if (recent.size() > 10_000) {
            recent.clear();
        }
        account.ifPresentOrElse(a -> recent.put(username, new Held(a, now)), () -> recent.remove(username));
        return account;
    }

    /** Forget the accounts held for requests, now and again once the changing transaction commits. */
    private void forgetHeld() {
        recent.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    recent.clear();
                }
            });
        }
    }

    public Optional<UserAccount> byId(long id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query(Users::map).optional();
    }

    @Transactional
    public UserAccount create(String username, String displayName, Role role, String regionCode, String password) {
        List<Violation> errors = new ArrayList<>();
        if (username == null || !username.matches("[A-Za-z0-9_.\\-]{3,64}")) {
            errors.add(new Violation("username", "USERNAME_FORMAT", "用户名应为3-64位字母、数字、下划线、点或横线"));
        } else if (byUsername(username).isPresent()) {
            errors.add(new Violation("username", "USERNAME_TAKEN", "用户名已存在"));
        }
        checkCommon(errors, displayName, role, regionCode);
        checkPassword(errors, password, true);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        long id = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, region_code)
                values (?, ?, ?, ?, ?) returning id""")
                .params(username, displayName.strip(), passwords.encode(password), role.name(), regionCode)
                .query(Long.class).single();
        return byId(id).orElseThrow();
    }

    @Transactional
    public UserAccount update(long id, String displayName, Role role, String regionCode, boolean enabled, String password) {
        List<Violation> errors = new ArrayList<>();
        checkCommon(errors, displayName, role, regionCode);
        checkPassword(errors, password, false);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        forgetHeld();
        jdbc.sql("""
                update app_user set display_name = ?, role = ?, region_code = ?, enabled = ?, updated_at = now(),
                failed_logins = case when ? then 0 else failed_logins end,
                locked_until = case when ? then null else locked_until end
                where id = ?""")
                .params(displayName.strip(), role.name(), regionCode, enabled, enabled, enabled, id).update();
        if (password != null && !password.isEmpty()) {
            jdbc.sql("update app_user set password_hash = ? where id = ?").params(passwords.encode(password), id).update();
        }
        return byId(id).orElseThrow(() -> ProblemException.notFound("用户"));
    }

    boolean passwordMatches(String username, String raw) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).optional().map(hash -> passwords.matches(raw, hash)).orElse(false);
    }

    void recordFailure(String username, int maxFailures, Instant lockUntil) {
        jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1,
                locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                where username = ?""")
                .params(maxFailures, Timestamp.from(lockUntil), username).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = ?").param(username).update();
    }

    private void checkCommon(List<Violation> errors, String displayName, Role role, String regionCode) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 64) {
            errors.add(new Violation("displayName", "DISPLAY_NAME_REQUIRED", "姓名不能为空且不超过64字"));
        }
        if (role == null) {
            errors.add(new Violation("role", "ROLE_REQUIRED", "请选择角色"));
        }
        if (!RegionCode.isValid(regionCode)) {
            errors.add(new Violation("regionCode", "REGION_FORMAT", "管辖区划应为12位区划代码"));
        } else if (jdbc.sql("select count(*) from region where code = ?").param(regionCode).query(Integer.class).single() == 0) {
            errors.add(new Violation("regionCode", "REGION_UNKNOWN", "区划代码 " + regionCode + " 不存在"));
        }
    }

    private static void checkPassword(List<Violation> errors, String password, boolean required) {
        if ((password == null || password.isEmpty()) && !required) {
            return;
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 128) {
            errors.add(new Violation("password", "PASSWORD_WEAK", "密码至少" + MIN_PASSWORD + "位"));
        }
    }

    static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("region_code"), rs.getBoolean("enabled"),
                rs.getInt("failed_logins"), locked == null ? null : locked.toInstant());
    }
}
