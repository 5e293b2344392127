package org.dossier.core.meta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's headline: the heading on the page that the page's own metadata titles (JSON-LD
 * headline, OpenGraph, {@code <title>}) confirm, else the one main heading, else the metadata title
 * with the site's name taken off ("Headline - The Daily Example" → "Headline"). Stateless and
 * thread-safe.
 */
final class Titles {
    /** Separators between a headline and the site or section names around it in a title tag. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s+[|»·•~<>]\\s+|\\s+[-–—]\\s+|\\s*--\\s*|\\s+::\\s+|\\s*[:：]\\s+|\\s*[_＿｜]\\s*");
    private static final Pattern SITE_BAR = Pattern.compile(
            "(?i)(?:site|global|top)[-_]?(?:header|nav|bar)|masthead|navbar|topbar");
    private static final Pattern STRONG_SEPARATOR = Pattern.compile("[|｜»·•~<>\\-–—]|::");

    /** A headline and, when it is one, the element that shows it. */
    record Headline(String text, Optional<Element> element) {
    }

    private Titles() {
    }

    /**
     * The headline of {@code doc}.
     *
     * @param metaTitles titles the metadata gives, most trusted first
     * @param sites      the site's names (publisher, {@code og:site_name}, domain) to recognise and strip
     */
    static Optional<Headline> choose(Document doc, List<String> metaTitles, Sites sites) {
        List<String> metas = new ArrayList<>();
        for (String m : metaTitles) {
            metas.add(m);
            String stripped = stripSite(m, sites);
            if (!stripped.equals(m)) {
                metas.add(stripped);
            }
        }
        Element best = null;
        int bestScore = 0;
        for (Element h : doc.select("h1, h2, [itemprop=headline]")) {
            String t = clean(h.text());
            if (t.isEmpty() || t.length() > 400 || sites.named(t) || outsideArticle(h)) {
                continue;
            }
            int score = 0;
            for (String m : metas) {
                score = Math.max(score, match(t, m));
            }
            if (h.normalName().equals("h2") && score < 2) {
                continue;
            }
            if (score > bestScore) {
                best = h;
                bestScore = score;
            }
        }
        if (best != null) {
            List<String> kickerless = new ArrayList<>(metaTitles);
            metaTitles.forEach(m -> kickerless.add(withoutSiteSuffix(m, sites)));
            return Optional.of(new Headline(withoutKicker(clean(best.text()), kickerless), Optional.of(best)));
        }
        Set<String> metaWords = new HashSet<>();
        metas.forEach(m -> metaWords.addAll(contentWords(m)));
        for (Element h : doc.select("h1")) {
            String t = clean(h.text());
            if (t.length() > 300 || sites.named(t) || outsideArticle(h) || !substantial(t)) {
                continue;
            }
            if (metas.isEmpty() || contentWords(t).stream().anyMatch(metaWords::contains)) {
                return Optional.of(new Headline(t, Optional.of(h)));
            }
        }
        for (String m : metaTitles) {
            String s = stripSite(m, sites);
            if (!s.isEmpty() && !sites.named(s)) {
                return Optional.of(new Headline(s, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code title} without the site and section names around it: "Headline | Section | Site" gives
     * "Headline". A trailing part is taken off when it names the site, or, after a strong separator
     * (a bar, a dash), when it is short and the rest is a sentence.
     */
    static String stripSite(String title, Sites sites) {
        String t = clean(title);
        for (String name : sites.names()) {
            if (t.length() > name.length() + 3 && t.toLowerCase(Locale.ROOT).endsWith(name.toLowerCase(Locale.ROOT))) {
                String rest = t.substring(0, t.length() - name.length());
                Matcher sep = Pattern.compile("(?:" + SEPARATOR.pattern() + ")$").matcher(rest);
                if (sep.find()) {
                    t = rest.substring(0, sep.start()).strip();
                }
            }
        }
        List<String> parts = new ArrayList<>();
        List<String> seps = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(t);
        int last = 0;
        while (m.find()) {
            parts.add(t.substring(last, m.start()));
            seps.add(m.group());
            last = m.end();
        }
        parts.add(t.substring(last));
        int from = 0;
        int to = parts.size();
        boolean dropped = false;
        while (to - from > 1 && sites.named(parts.get(to - 1))) {
            to--;
            dropped = true;
        }
        while (to - from > 1 && sites.named(parts.get(from))) {
            from++;
        }
        for (int i = 0; i < 2 && !dropped && to - from > 1; i++) {
            String tail = parts.get(to - 1).strip();
            boolean strong = STRONG_SEPARATOR.matcher(seps.get(to - 2)).find();
            if (strong && words(tail) <= 3 && tail.length() <= 25 && words(join(parts, seps, from, to - 1)) >= 4) {
                to--;
            } else {
                break;
            }
        }
        return join(parts, seps, from, to).strip();
    }

    /**
     * A heading that holds a metadata title and more ("Brexit Parliament votes again": a kicker
     * before the headline) gives the title; a truncated title ("…") does not count.
     */
    private static String withoutKicker(String heading, List<String> metas) {
        String h = norm(heading);
        for (String m : metas) {
            String t = clean(m);
            String n = norm(t);
            if (!n.isEmpty() && !n.equals(h) && h.endsWith(n) && substantial(t) && !t.endsWith("…") && !t.endsWith("...")) {
                return t;
            }
        }
        return heading;
    }

    /** {@code title} without a trailing part that names the site ("Headline - Example Gazette"), nothing else. */
    private static String withoutSiteSuffix(String title, Sites sites) {
        String t = clean(title);
        Matcher m = SEPARATOR.matcher(t);
        int last = -1;
        int lastEnd = -1;
        while (m.find()) {
            last = m.start();
            lastEnd = m.end();
        }
        return last > 0 && sites.named(t.substring(lastEnd)) ? t.substring(0, last).strip() : t;
    }

    /** How well a heading agrees with a metadata title: 3 same, 2 one within the other, 1 similar, 0 not. */
    static int match(String heading, String meta) {
        String a = norm(heading);
        String b = norm(meta);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 3;
        }
        if (substantial(heading) && b.contains(a) && a.length() * 2 >= b.length()) {
            return 2;
        }
        if (a.contains(b) && b.length() * 5 >= a.length() * 3 && substantial(meta)) {
            return 2;
        }
        Set<String> wa = new HashSet<>(List.of(a.split(" ")));
        Set<String> wb = new HashSet<>(List.of(b.split(" ")));
        Set<String> both = new HashSet<>(wa);
        both.retainAll(wb);
        Set<String> any = new HashSet<>(wa);
        any.addAll(wb);
        return wa.size() >= 3 && both.size() * 10 >= any.size() * 6 ? 1 : 0;
    }

    /** Lower case, letters and digits only, single spaces: for comparing titles as words. */
    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Text.lettersAndDigits(n);
    }

    static String clean(String s) {
        return Text.squash(s);
    }

    /** Whether a heading says enough to be a headline: three words, or eight characters of a script without spaces. */
    static boolean substantial(String s) {
        return words(s) >= 3 || s.codePoints().filter(Character::isIdeographic).count() >= 6
                || s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count() >= 8;
    }

    private static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : norm(s).split(" ")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    /** Headings in navigation, footers, side bars and the site's own header bar are not the article's. */
    private static boolean outsideArticle(Element h) {
        int up = 0;
        for (Element p = h; p != null; p = p.parent(), up++) {
            String tag = p.normalName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside")) {
                return true;
            }
            if (up < 8 && SITE_BAR.matcher(p.className() + " " + p.id()).find()) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        return Text.words(s);
    }

    private static String join(List<String> parts, List<String> seps, int from, int to) {
        StringBuilder sb = new StringBuilder(parts.get(from));
        for (int i = from + 1; i < to; i++) {
            sb.append(seps.get(i - 1)).append(parts.get(i));
        }
        return sb.toString();
    }
}
