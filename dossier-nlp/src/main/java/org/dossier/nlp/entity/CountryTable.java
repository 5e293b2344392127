package org.dossier.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The project's country table ({@code countries.txt} beside this class): every UN member plus
 * Taiwan, Kosovo, Palestine and the Vatican, with names, short forms, demonyms, capitals and
 * government metonyms. Loaded once per JVM; immutable and thread-safe.
 */
public final class CountryTable {
    /** What a phrase of the table is for a country. */
    enum Role { NAME, ALIAS, DEMONYM, CAPITAL, METONYM }

    /** A phrase of the table and what it names. */
    record Phrase(Country country, Role role) {
    }

    private static final CountryTable INSTANCE = load();

    private final Map<String, Country> byIso = new LinkedHashMap<>();
    private final Map<String, Phrase> phrases = new HashMap<>();
    private final int longestPhraseWords;
    /** The phrases' keys in order, to tell whether a text could still grow into one. */
    private final TreeSet<String> sortedKeys;

    private CountryTable(List<Country> countries) {
        int longest = 1;
        for (Country c : countries) {
            byIso.put(c.iso3(), c);
            add(c.name(), c, Role.NAME);
            c.aliases().forEach(a -> add(a, c, Role.ALIAS));
            c.demonyms().forEach(d -> add(d, c, Role.DEMONYM));
            c.capitals().forEach(cap -> add(cap, c, Role.CAPITAL));
            c.metonyms().forEach(m -> add(m, c, Role.METONYM));
        }
        for (String p : phrases.keySet()) {
            longest = Math.max(longest, p.split(" ").length);
        }
        this.longestPhraseWords = longest;
        this.sortedKeys = new TreeSet<>(phrases.keySet());
    }

    private void add(String phrase, Country c, Role role) {
        // The first role wins: "U.S." is listed as a short form before it is listed as an adjective.
        phrases.putIfAbsent(key(phrase), new Phrase(c, role));
    }

    /** The table. */
    public static CountryTable get() {
        return INSTANCE;
    }

    /** Every country, in table order. */
    public Collection<Country> countries() {
        return byIso.values();
    }

    /** The country with this ISO alpha-3 code or {@code country/} id. */
    public Optional<Country> byId(String isoOrId) {
        String iso = isoOrId.startsWith("country/") ? isoOrId.substring("country/".length()) : isoOrId;
        return Optional.ofNullable(byIso.get(iso));
    }

    /**
     * The country a name, short form, demonym, capital or government metonym stands for
     * ("North Korea", "DPRK", "North Korean", "Pyongyang", "the Kremlin"). Case and spacing must be as
     * written; curly apostrophes and a leading "the" are accepted.
     */
    public Optional<Country> lookup(String phrase) {
        return phrase(phrase).map(Phrase::country);
    }

    /** Whether a text is a government metonym of the table ("the Kremlin", "White House", "Downing Street"). */
    public boolean isGovernmentMetonym(String text) {
        return phrase(text).filter(p -> p.role() == Role.METONYM).isPresent();
    }

    Optional<Phrase> phrase(String text) {
        return phraseOfKey(key(text));
    }

    /** {@link #phrase} of a text already turned into its {@link #key}. */
    Optional<Phrase> phraseOfKey(String k) {
        if (k.startsWith("the ")) {
            Phrase p = phrases.get(k.substring(4));
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.ofNullable(phrases.get(k));
    }

    /**
     * Whether some phrase's key starts with this {@link #key} (a leading "the " aside): the key of a longer text that
     * starts with the same text starts with this key, so when none does, no longer text is a phrase either.
     */
    boolean mayStartPhrase(String k) {
        return startsAny(k) || k.startsWith("the ") && startsAny(k.substring(4));
    }

    private boolean startsAny(String prefix) {
        String next = sortedKeys.ceiling(prefix);
        return next != null && next.startsWith(prefix);
    }

    /** The most words a phrase of the table has. */
    int longestPhraseWords() {
        return longestPhraseWords;
    }

    /** Phrases compare with whitespace collapsed, straight apostrophes, and spaces around hyphens removed. */
    static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2019' || c == '\u2018') {
                c = '\'';
            }
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space && c != '-' && (sb.length() == 0 || sb.charAt(sb.length() - 1) != '-')) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }

    private static CountryTable load() {
        List<Country> countries = new ArrayList<>();
        try (InputStream in = CountryTable.class.getResourceAsStream("countries.txt")) {
            if (in == null) {
                throw new IllegalStateException("countries.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                if (f.length != 6) {
                    throw new IllegalStateException("countries.txt:" + lineNo + ": expected 6 columns, found " + f.length);
                }
                countries.add(new Country(f[0].strip(), f[1].strip(), list(f[2]), list(f[3]), list(f[4]), list(f[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read countries.txt", e);
        }
        return new CountryTable(countries);
    }

    private static List<String> list(String column) {
        List<String> out = new ArrayList<>();
        for (String s : column.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
