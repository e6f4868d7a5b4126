package org.shouwang.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.shouwang.shared.Department;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.RegionCode;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Department API keys (部门接口密钥): a county administrator issues one per department program and region scope,
 * the program sends it as {@code X-Api-Key}, and the administrator can revoke it at any time.
 */
@Component
public class ApiKeys {

    public static final String HEADER = "X-Api-Key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ApiKey create(String name, Department department, String regionCode, CurrentUser admin) {
        admin.require(Permission.USER_ADMIN);
        List<Violation> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            errors.add(new Violation("name", "NAME_REQUIRED", "请填写密钥用途（如“县医保局结算系统”），不超过100字"));
        }
        if (department == null) {
            errors.add(new Violation("department", "DEPARTMENT_REQUIRED", "请选择部门"));
        }
        if (!RegionCode.isValid(regionCode)) {
            errors.add(new Violation("regionCode", "REGION_FORMAT", "适用区划应为12位区划代码"));
        } else if (!admin.covers(regionCode)) {
            errors.add(new Violation("regionCode", "REGION_OUT_OF_SCOPE", "适用区划不在您的管辖范围内"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "swk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                insert into api_key (name, department, region_code, key_hash, key_prefix, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(name.strip(), department.name(), regionCode, hash(key), key.substring(0, 10), admin.username())
                .query(Long.class).single();
        ApiKey stored = find(id, admin);
        return new ApiKey(stored.id(), stored.name(), stored.department(), stored.departmentLabel(), stored.regionCode(),
                stored.keyPrefix(), stored.createdBy(), stored.createdAt(), stored.revokedAt(), stored.lastUsedAt(),
                stored.active(), key);
    }

    public List<ApiKey> list(CurrentUser admin) {
        admin.require(Permission.USER_ADMIN);
        return jdbc.sql("select * from api_key where region_code between ? and ? order by created_at desc, id desc")
                .params(admin.scope().low(), admin.scope().high()).query(ApiKeys::map).list();
    }

    public ApiKey revoke(long id, CurrentUser admin) {
        find(id, admin);
        jdbc.sql("update api_key set revoked_at = now(), revoked_by = ? where id = ? and revoked_at is null")
                .params(admin.username(), id).update();
        return find(id, admin);
    }

    private ApiKey find(long id, CurrentUser admin) {
        admin.require(Permission.USER_ADMIN);
        return jdbc.sql("select * from api_key where id = ? and region_code between ? and ?")
                .params(id, admin.scope().low(), admin.scope().high()).query(ApiKeys::map).optional()
                .orElseThrow(() -> ProblemException.notFound("接口密钥"));
    }

    /** The caller a key stands for, if the key exists and is not revoked. */
    public Optional<ApiCaller> authenticate(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiCaller> caller = jdbc.sql("select id, name, department, region_code from api_key "
                        + "where key_hash = ? and revoked_at is null")
                .param(hash(key.strip()))
                .query((rs, n) -> new ApiCaller(rs.getLong(1), rs.getString(2), Department.valueOf(rs.getString(3)),
                        new RegionCode(rs.getString(4))))
                .optional();
        caller.ifPresent(c -> jdbc.sql("update api_key set last_used_at = now() where id = ?").param(c.keyId()).update());
        return caller;
    }

    /** The key caller of the current request, when the request was authenticated by {@link #HEADER}. */
    public static Optional<ApiCaller> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ApiCaller caller ? Optional.of(caller) : Optional.empty();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiKey map(ResultSet rs, int n) throws SQLException {
        Department d = Department.valueOf(rs.getString("department"));
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new ApiKey(rs.getLong("id"), rs.getString("name"), d, d.label(), rs.getString("region_code"),
                rs.getString("key_prefix"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                revoked, rs.getObject("last_used_at", OffsetDateTime.class), revoked == null, null);
    }

    /** Refuses a key caller whose key belongs to another department than the one it pushes for. */
    public static void requireDepartment(ApiCaller caller, Department department) {
        if (caller.department() != department) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "API_KEY_DEPARTMENT",
                    "该接口密钥属于“" + caller.department().label() + "”，不能推送“" + department.label() + "”的数据");
        }
    }
}
