package org.shouwang.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enumeration value with the Chinese label officials use on forms and in files.
 * Files carry labels, the database and the API carry codes; this is the bridge.
 */
public interface Labelled {

    String name();

    String label();

    /** Finds the constant whose label (or code) matches {@code text}, ignoring surrounding blanks. */
    static <E extends Enum<E> & Labelled> Optional<E> fromLabel(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.label().equals(wanted) || e.name().equals(wanted))
                .findFirst();
    }
}
