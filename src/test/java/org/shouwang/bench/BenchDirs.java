package org.shouwang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where a benchmark keeps its embedded PostgreSQL. */
final class BenchDirs {

    private static final Path ROOT = Path.of("target", "bench-pg");

    private BenchDirs() {
    }

    /**
     * A fresh data directory. The ones earlier benchmarks left are deleted first: a county of 300,000 households
     * takes 5 to 10 GB, and a few runs left behind filled the disk.
     */
    static Path freshPostgres() {
        try {
            if (Files.isDirectory(ROOT)) {
                try (Stream<Path> all = Files.walk(ROOT)) {
                    all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(ROOT)).forEach(p -> p.toFile().delete());
                }
            }
            return ROOT.resolve(String.valueOf(System.nanoTime()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
