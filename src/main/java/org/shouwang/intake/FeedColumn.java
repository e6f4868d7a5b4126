package org.shouwang.intake;

import java.util.List;

/**
 * One column of a department's declared file layout: the key used in API pushes and in the fact's fields, the
 * Chinese header of the file, its type, the allowed values of an enumeration (stored as the Chinese label itself,
 * because rule authors compare against it), and whether a row must fill it.
 */
public record FeedColumn(String key, String header, Type type, List<String> values, boolean required) {

    /** What a cell may hold. */
    public enum Type implements org.shouwang.shared.Labelled {
        TEXT("文本"), DATE("日期"), MONEY("金额（元）"), ENUM("可选值");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public FeedColumn {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** The type's Chinese name, sent with the layout so that clients need not hard-code it. */
    @com.fasterxml.jackson.annotation.JsonProperty("typeLabel")
    public String typeLabel() {
        return type.label();
    }

    static FeedColumn text(String key, String header, boolean required) {
        return new FeedColumn(key, header, Type.TEXT, List.of(), required);
    }

    static FeedColumn date(String key, String header, boolean required) {
        return new FeedColumn(key, header, Type.DATE, List.of(), required);
    }

    static FeedColumn money(String key, String header, boolean required) {
        return new FeedColumn(key, header, Type.MONEY, List.of(), required);
    }

    static FeedColumn oneOf(String key, String header, boolean required, String... values) {
        return new FeedColumn(key, header, Type.ENUM, List.of(values), required);
    }
}
