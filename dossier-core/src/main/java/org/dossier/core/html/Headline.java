package org.dossier.core.html;

import java.util.Optional;

/**
 * The article's headline as the page's metadata gives it, to recognise where the page repeats it.
 * The metadata title may carry the site's name ("Headline | Site"), so a text repeats the headline
 * when it makes up at least half of it, or starts or ends it. Immutable.
 */
final class Headline {
    private static final Headline NONE = new Headline("");
    /** A text this long at either end of the title is the headline even when the site's name is longer. */
    private static final int AFFIXED = 10;

    private final String normal;

    private Headline(String normal) {
        this.normal = normal;
    }

    static Headline of(Optional<String> title) {
        return title.map(t -> new Headline(normal(t))).orElse(NONE);
    }

    /** Whether {@code text} is the headline. */
    boolean matches(String text) {
        if (normal.isEmpty()) {
            return false;
        }
        String n = normal(text);
        if (n.isEmpty()) {
            return false;
        }
        return n.length() * 2 >= normal.length() && normal.contains(n)
                || n.length() >= AFFIXED && (normal.startsWith(n) || normal.endsWith(n));
    }

    /** Letters and digits only, lower-cased: what is left when punctuation and spacing differ. */
    private static String normal(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
