package org.shouwang.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The limits on the login-free declaration endpoints (docs/api.md): enough for a family and a village's busiest day,
 * too few to flood the village's inbox or to try tracking codes. Counted in memory by {@link RateLimits}.
 */
@Component
class DeclarationGuard {

    static final RateLimits.Limit IP_BURST = new RateLimits.Limit("每个网络地址每10分钟5次申报", 5, Duration.ofMinutes(10));
    static final RateLimits.Limit IP_DAY = new RateLimits.Limit("每个网络地址每天20次申报", 20, Duration.ofDays(1));
    static final RateLimits.Limit ID_DAY = new RateLimits.Limit("每个证件号码每天3次申报", 3, Duration.ofDays(1));
    static final RateLimits.Limit CODE_DAY = new RateLimits.Limit("每个二维码每天30次申报", 30, Duration.ofDays(1));
    static final RateLimits.Limit LOOKUP_BURST = new RateLimits.Limit("每个网络地址每10分钟30次查询", 30, Duration.ofMinutes(10));
    static final RateLimits.Limit LOOKUP_DAY = new RateLimits.Limit("每个网络地址每天200次查询", 200, Duration.ofDays(1));

    private final RateLimits limits;
    private final byte[] ipKey;

    DeclarationGuard(RateLimits limits, @Value("${shouwang.declarations.ip-hash-key:}") String ipHashKey) {
        this.limits = limits;
        // without a configured key, a random one per start: hashes then only compare within one run
        this.ipKey = ipHashKey.isBlank() ? randomKey() : ipHashKey.getBytes(StandardCharsets.UTF_8);
    }

    /** Every submission attempt counts, valid or not, so the form cannot be used to probe ID numbers cheaply. */
    void submission(String clientIp) {
        check(limits.acquire("declare-ip:" + clientIp, IP_BURST, IP_DAY).orElse(null));
    }

    /** Counted only for declarations that will be stored. */
    void newDeclaration(String idNumber, String code) {
        check(limits.acquire("declare-id:" + idNumber, ID_DAY).orElse(null));
        check(limits.acquire("declare-code:" + code, CODE_DAY).orElse(null));
    }

    /** Tracking-code and QR-code look-ups. */
    void lookup(String clientIp) {
        check(limits.acquire("lookup-ip:" + clientIp, LOOKUP_BURST, LOOKUP_DAY).orElse(null));
    }

    String hash(String clientIp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ipKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(clientIp.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static void check(RateLimits.Exceeded exceeded) {
        if (exceeded != null) {
            throw new RateLimited(exceeded);
        }
    }
}
