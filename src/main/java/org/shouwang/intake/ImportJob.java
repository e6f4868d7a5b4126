package org.shouwang.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An import as its page shows it: counts so far, and why it failed if it did. */
public record ImportJob(UUID id, ImportKind kind, String kindLabel, String fileName, Status status, String statusLabel,
        Integer totalRows, int processedRows, int storedRows, int unchangedRows, int errorRows, String message,
        OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    public enum Status implements org.shouwang.shared.Labelled {
        QUEUED("排队中"), RUNNING("导入中"), DONE("已完成"), FAILED("失败");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
