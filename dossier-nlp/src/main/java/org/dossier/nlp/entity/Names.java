package org.dossier.nlp.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Name keys and id slugs: the same person spelled "Kim Jong Un" or "Kim Jong-un" gets one key. */
final class Names {
    private Names() {
    }

    /** The parts of a name: split on spaces and hyphens, brackets and possessives dropped, lower case, no accents. */
    static List<String> parts(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("['’]s\\b", "").replaceAll("[\\[\\]()\"“”]", " ");
        List<String> out = new ArrayList<>();
        for (String p : s.toLowerCase(Locale.ROOT).split("[\\s\\-‐‑–]+")) {
            String t = p.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "").replaceAll("\\.$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The key of a name: its parts joined by spaces. */
    static String key(String name) {
        return String.join(" ", parts(name));
    }

    /** An id slug: the parts joined by hyphens, letters and digits only. */
    static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts(name)) {
            String clean = p.replaceAll("[^\\p{L}\\p{N}]", "");
            if (clean.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append(clean);
        }
        return sb.length() == 0 ? "unnamed" : sb.toString();
    }

    /** Collapses runs of whitespace (a name broken over a line) into one space. */
    static String clean(String surface) {
        return surface.replaceAll("\\s+", " ").strip();
    }
}
