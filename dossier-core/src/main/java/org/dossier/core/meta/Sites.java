package org.dossier.core.meta;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a site goes by on its pages (its publisher name, {@code og:site_name}, application name)
 * and in its address ("example-times.co.uk", "exampletimes"), to recognise them in titles, headings
 * and author fields. Immutable and thread-safe.
 */
final class Sites {
    private static final Set<String> SUFFIX_LABELS = Set.of("com", "org", "net", "gov", "edu", "ac", "co", "or",
            "ne", "go", "info", "biz", "news", "int", "mil");
    private static final Set<String> HOST_PREFIXES = Set.of("www", "m", "mobile", "amp", "edition", "en", "news",
            "blog", "blogs", "web", "www1", "www2");
    /** A name written as its initials: "KT", "PWD". */
    private static final Set<String> ARTICLES = Set.of("the", "le", "la", "les", "der", "die", "das", "el", "il",
            "lo", "de", "het");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    private final List<String> names;
    private final Set<String> keys;
    private final Optional<String> host;

    private Sites(List<String> names, Set<String> keys, Optional<String> host) {
        this.names = List.copyOf(names);
        this.keys = Set.copyOf(keys);
        this.host = host;
    }

    /**
     * @param names the site's names as its pages give them (blank ones ignored)
     * @param url   the page's address, if known
     */
    static Sites of(List<String> names, Optional<String> url) {
        List<String> clean = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            String s = Titles.clean(n);
            if (!s.isEmpty() && !clean.contains(s)) {
                clean.add(s);
                keys.add(key(s));
                for (String part : s.split("\\s+[|｜:·•-]\\s+")) {
                    keys.add(key(part));
                }
            }
        }
        Optional<String> host = url.flatMap(Sites::host);
        host.ifPresent(h -> {
            keys.add(key(h));
            label(h).ifPresent(l -> keys.add(key(l)));
        });
        keys.remove("");
        return new Sites(clean, keys, host);
    }

    /** These names and {@code name} (the outlet found elsewhere on the page, such as in its title). */
    Sites with(String name) {
        List<String> more = new ArrayList<>(names);
        more.add(name);
        return of(more, host.map(h -> "http://" + h));
    }

    /** The names the pages give, in the order given. */
    List<String> names() {
        return names;
    }

    /** The page's host without "www.", if known. */
    Optional<String> host() {
        return host;
    }

    /** Whether {@code text} is (or is mostly) one of the site's names or its address, or their initials. */
    boolean named(String text) {
        String k = key(text);
        if (k.isEmpty()) {
            return false;
        }
        int words = Text.words(text);
        for (String site : keys) {
            if (k.equals(site)) {
                return true;
            }
            if (words <= 4 && site.length() >= 4 && (k.startsWith(site) || k.contains(site) && site.length() * 2 >= k.length())) {
                return true;
            }
            if (words <= 4 && k.length() >= 4 && site.contains(k)) {
                return true;
            }
        }
        return ACRONYM.matcher(text.strip()).matches() && names.stream().anyMatch(n -> initials(n, text.strip()));
    }

    /**
     * Whether {@code acronym} is made of the capitals of {@code name}'s words, with or without a
     * leading article: "PWD" and "HT" for "Pacific Wire Daily" and "The Harbour Times", "CNA" for
     * "Channel NewsAsia".
     */
    private static boolean initials(String name, String acronym) {
        StringBuilder all = new StringBuilder();
        StringBuilder skipped = new StringBuilder();
        String[] words = name.split("\\s+");
        for (int w = 0; w < words.length; w++) {
            for (int i = 0; i < words[w].length(); i++) {
                char c = words[w].charAt(i);
                if (Character.isUpperCase(c) && (i == 0 || Character.isLowerCase(words[w].charAt(i - 1)))) {
                    all.append(c);
                    if (w > 0 || !ARTICLES.contains(words[0].toLowerCase(Locale.ROOT))) {
                        skipped.append(c);
                    }
                }
            }
        }
        return acronym.contentEquals(all) || acronym.contentEquals(skipped);
    }

    /** The site's name from its address: "www.example-times.co.uk" gives "example-times.co.uk". */
    static Optional<String> host(String url) {
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h == null || h.isBlank()) {
                return Optional.empty();
            }
            h = h.toLowerCase(Locale.ROOT);
            String[] labels = h.split("\\.");
            int i = 0;
            while (i < labels.length - 2 && HOST_PREFIXES.contains(labels[i])) {
                i++;
            }
            return Optional.of(String.join(".", List.of(labels).subList(i, labels.length)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The distinctive label of a host: "example-times" of "news.example-times.co.uk". */
    static Optional<String> label(String host) {
        String[] labels = host.split("\\.");
        for (int i = labels.length - 1; i >= 0; i--) {
            String l = labels[i];
            if (!SUFFIX_LABELS.contains(l) && !(i == labels.length - 1 && l.length() == 2)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    private static String key(String s) {
        return Titles.norm(s).replace(" ", "");
    }
}
