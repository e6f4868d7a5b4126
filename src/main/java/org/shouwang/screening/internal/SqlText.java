package org.shouwang.screening.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement being written, with the names of its parameters in the order their markers appear: the screening
 * statement binds the same few values (the slice's id range, the region, the departments) at many places.
 */
final class SqlText {

    private final StringBuilder text = new StringBuilder();
    private final List<String> parameters = new ArrayList<>();
    private boolean withStarted;

    SqlText add(String sql) {
        text.append(sql);
        return this;
    }

    /** Starts a common table expression: "with name as " for the first, ",\n name as " for the others. */
    SqlText cte(String name) {
        text.append(withStarted ? ",\n" : "with ").append(name).append(" as ");
        withStarted = true;
        return this;
    }

    /** A parameter marker for the value named {@code name}. */
    SqlText param(String name) {
        text.append('?');
        parameters.add(name);
        return this;
    }

    String text() {
        return text.toString();
    }

    List<String> parameters() {
        return List.copyOf(parameters);
    }
}
