package org.dossier.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/** RFC 4180 rows: fields with commas, quotes or line breaks are quoted, quotes doubled. */
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
        if (v instanceof Optional<?> o) {
            return o.map(String::valueOf).orElse("");
        }
        return v == null ? "" : String.valueOf(v);
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
