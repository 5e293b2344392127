package org.dossier.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * RFC 4180 rows: fields with commas, quotes or line breaks are quoted, quotes doubled. A text that a
 * spreadsheet would run as a formula (it starts with {@code = + - @}, or a tab or carriage return that
 * some read past) gets a leading apostrophe, so a headline such as "=HYPERLINK(…)" in a page stays
 * text when the export is opened (OWASP's advice on CSV injection). Numbers are written as they are.
 * Not thread-safe: one writer, one thread.
 */
final class Csv {
    private final Writer out;

    Csv(Writer out) {
        this.out = out;
    }

    void row(List<?> fields) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(text(fields.get(i))));
        }
        out.write(sb.append("\r\n").toString());
    }

    private static String text(Object v) {
        Object value = v instanceof Optional<?> o ? o.orElse(null) : v;
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return neutralise(String.valueOf(value));
    }

    /** {@code s} with a leading apostrophe when a spreadsheet would read it as a formula. */
    static String neutralise(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
