package org.dossier.core.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names out of byline text ("By Lee Min-hyung", "Von Anna Schmidt und Max Weber").
 * Stateless and thread-safe.
 */
public final class Bylines {
    private static final Pattern BY = Pattern.compile(
            "^\\s*(?:by|von|par|por|di|door|av)\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,3}");

    private Bylines() {
    }

    /** The names in a line that starts with a byline marker ("By …"), or empty if it is not a byline. */
    public static Optional<List<String>> parse(String line) {
        Matcher m = BY.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> names = names(m.group(1));
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** The person-like names in an author field ("Anna Schmidt, Max Weber"). */
    public static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(text.trim())) {
            String p = part.trim();
            if (NAME.matcher(p).matches() && p.length() <= 60 && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
