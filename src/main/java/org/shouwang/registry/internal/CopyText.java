package org.shouwang.registry.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's COPY text format: bulk inserts go through COPY because it is the fastest way in,
 * several times faster than batched INSERTs on the same data.
 */
final class CopyText {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean lineStarted;
    private int rows;

    CopyText add(Object value) {
        if (lineStarted) {
            text.append('\t');
        }
        lineStarted = true;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    CopyText endRow() {
        text.append('\n');
        lineStarted = false;
        rows++;
        return this;
    }

    int rows() {
        return rows;
    }

    void copyInto(Connection connection, String tableAndColumns) throws SQLException {
        if (rows == 0) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin", new StringReader(text.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }
}
