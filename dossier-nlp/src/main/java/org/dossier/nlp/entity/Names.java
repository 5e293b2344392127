package org.dossier.nlp.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name keys and id slugs: the same person spelled "Kim Jong Un" or "Kim Jong-un" gets one key. */
final class Names {
    private Names() {
    }

    // compiled once: the rules read the parts of every span many times
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern BRACKETS = Pattern.compile("[\\[\\]()\"“”]");
    private static final Pattern BREAKS = Pattern.compile("[\\s\\-‐‑–]+");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");
    private static final Pattern FINAL_DOT = Pattern.compile("\\.$");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The parts of a name: split on spaces and hyphens, brackets and possessives dropped, lower case, no accents. */
    static List<String> parts(String name) {
        String s = isAscii(name) ? name
                : fold(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll(""));
        s = BRACKETS.matcher(POSSESSIVE.matcher(s).replaceAll("")).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String p : BREAKS.split(s.toLowerCase(Locale.ROOT))) {
            String t = FINAL_DOT.matcher(EDGES.matcher(p).replaceAll("")).replaceAll("");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Letters that carry no separable accent and so survive decomposition ("Đỗ", "Østergaard", "Łukasz"): the Latin
     * letters their names are written with in plain ASCII, so that both spellings get one key and ids stay ASCII.
     */
    private static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'đ', 'ð' -> sb.append('d');
                case 'Đ', 'Ð' -> sb.append('D');
                case 'ø' -> sb.append('o');
                case 'Ø' -> sb.append('O');
                case 'ł' -> sb.append('l');
                case 'Ł' -> sb.append('L');
                case 'ı' -> sb.append('i');
                case 'ħ' -> sb.append('h');
                case 'Ħ' -> sb.append('H');
                case 'æ' -> sb.append("ae");
                case 'Æ' -> sb.append("Ae");
                case 'œ' -> sb.append("oe");
                case 'Œ' -> sb.append("Oe");
                case 'ß' -> sb.append("ss");
                case 'þ' -> sb.append("th");
                case 'Þ' -> sb.append("Th");
                case '\u02BB', '\u02BC' -> { } // the ʻokina of "ʻAisake": a letter keys and ids leave out
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** ASCII text has no accents to take off: decomposing it changes nothing. */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The key of a name: its parts joined by spaces. */
    static String key(String name) {
        return String.join(" ", parts(name));
    }

    /** An id slug: the parts joined by hyphens, letters and digits only. */
    static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts(name)) {
            String clean = NOT_ALNUM.matcher(p).replaceAll("");
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
        return SPACES.matcher(surface).replaceAll(" ").strip();
    }
}
