package org.dossier.core.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet that published a page: the publisher its JSON-LD names, else its {@code og:site_name}
 * or application name, else the site name its title tag gives after the headline, else the one it
 * gives before the headline ("Site :: Headline"), else its address. A news agency is the outlet only on the agency's own site; elsewhere it is the story's
 * wire credit, and blog platforms ("Blogger", "WordPress") are no outlet. Stateless and thread-safe.
 */
final class Publishers {
    private static final Set<String> PLATFORMS = Set.of("blogger", "wordpress", "wordpress.com", "blogspot",
            "medium", "tumblr", "wix", "squarespace");
    private static final Pattern ADDRESS = Pattern.compile("(?i)https?://|www\\.");
    private static final Pattern PARTS = Pattern.compile("\\s+[|｜·•–—-]\\s+");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[|｜»·•~:：\\-–—]+\\s*");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+(?:[|｜»·•~\\-–—]|::)\\s*$");
    private static final Pattern PREFIX_PARTS = Pattern.compile("\\s+(?:[|｜»·•~\\-–—]|::)\\s+");
    private static final Pattern SUFFIX_PARTS = Pattern.compile("\\s+[|｜»·•~\\-–—]\\s+");

    private Publishers() {
    }

    /** The outlet of {@code page}, whose headline is {@code headline}. */
    static Optional<String> of(Page page, Optional<Titles.Headline> headline) {
        JsonLd ld = page.ld();
        Sites sites = page.sites();
        String titleTag = page.doc().title();
        List<String> candidates = new ArrayList<>();
        page.article().map(a -> ld.resolve(a.get("publisher"))).flatMap(JsonLd::name).ifPresent(candidates::add);
        for (String k : HtmlMetadata.SITE_KEYS) {
            candidates.addAll(page.meta().all(k));
        }
        ld.organisations().forEach(o -> JsonLd.name(o).ifPresent(candidates::add));
        headline.flatMap(h -> titleSuffix(titleTag, h.text())).ifPresent(candidates::add);
        Optional<String> agencyName = Optional.empty();
        for (String c : candidates) {
            Optional<String> p = cleanPublisher(c);
            if (p.isEmpty()) {
                continue;
            }
            boolean agency = Wires.of(p.get()).isPresent();
            boolean own = sites.host().flatMap(Sites::label).map(l -> Titles.norm(p.get()).replace(" ", "")
                    .contains(l.replace("-", ""))).orElse(false);
            if (agency && !own) {
                agencyName = agencyName.or(() -> p);
                continue;
            }
            return p;
        }
        // "Site :: Headline": a name before the headline is the site's when nothing else names it, or
        // when the address spells it; otherwise it may be a section.
        Optional<String> prefix = headline.flatMap(h -> titlePrefix(titleTag, h.text()))
                .flatMap(Publishers::cleanPublisher)
                .filter(p -> sites.host().isEmpty() || sites.named(p));
        return agencyName.or(() -> prefix).or(sites::host);
    }

    private static Optional<String> cleanPublisher(String raw) {
        String s = Titles.clean(raw);
        if (ADDRESS.matcher(s).lookingAt()) {
            return Sites.host(s.startsWith("http") ? s : "http://" + s);
        }
        s = s.startsWith("@") ? s.substring(1) : s;
        String[] parts = PARTS.split(s);
        s = parts[0].strip();
        if (s.isEmpty() || PLATFORMS.contains(s.toLowerCase(Locale.ROOT)) || s.length() > 60 || Text.words(s) > 6) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /**
     * The site's name a title tag gives before the headline ("The Daily Example :: Headline",
     * "The Daily Example | World | Headline"): its first part, when a bar, a dash or a double colon
     * sets it off. A colon alone does not: "Analysis: Headline" is a kicker.
     */
    private static Optional<String> titlePrefix(String titleTag, String headline) {
        String t = Titles.clean(titleTag);
        if (!t.endsWith(headline) || t.length() <= headline.length()) {
            return Optional.empty();
        }
        String rest = t.substring(0, t.length() - headline.length());
        Matcher sep = TRAILING_SEPARATOR.matcher(rest);
        if (!sep.find()) {
            return Optional.empty();
        }
        String first = PREFIX_PARTS.split(rest.substring(0, sep.start()))[0].strip();
        return first.isEmpty() || Text.words(first) > 6 ? Optional.empty() : Optional.of(first);
    }

    /** The site's name a title tag gives after the headline ("Headline - The Daily Example"). */
    private static Optional<String> titleSuffix(String titleTag, String headline) {
        String t = Titles.clean(titleTag);
        if (!t.startsWith(headline) || t.length() <= headline.length()) {
            return Optional.empty();
        }
        String rest = LEADING_SEPARATOR.matcher(t.substring(headline.length())).replaceFirst("");
        String[] parts = SUFFIX_PARTS.split(rest);
        String last = parts[parts.length - 1].strip();
        return last.isEmpty() || Text.words(last) > 6 ? Optional.empty() : Optional.of(last);
    }
}
