package org.dossier.core.meta;

import java.util.regex.Pattern;

/** Whitespace and word helpers shared by the metadata readers, with their patterns compiled once. Thread-safe. */
final class Text {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");

    private Text() {
    }

    /** {@code s} with every run of white space (no-break and zero-width spaces too) made one space, trimmed. */
    static String squash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Letters and digits only, runs of anything else made one space, trimmed (not lower-cased). */
    static String lettersAndDigits(String s) {
        return NOT_WORD.matcher(s).replaceAll(" ").strip();
    }

    /** How many space-separated words {@code s} has. */
    static int words(String s) {
        String t = squash(s);
        if (t.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** {@code s} without e-mail addresses. */
    static String withoutEmail(String s) {
        return EMAIL.matcher(s).replaceAll("");
    }
}
