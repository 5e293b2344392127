package org.dossier.core.html;

import java.util.Locale;
import java.util.Set;

/**
 * What the words of an element's {@code class} and {@code id} say about its role. Words are split on
 * punctuation and camelCase ("relatedArticles" → related, articles) and compared as whole words or,
 * for a few stems that CMSs glue to other words ("sharebar", "commentlist"), as prefixes. These are
 * the generic vocabulary of page templates, not the names of sites. Stateless and thread-safe.
 */
final class ClassTokens {
    /** Bit set in {@link #classify}'s result: page furniture (sharing, navigation, teasers, ads…). */
    static final int BOILER = 1;
    /** The words of an article's container ("article-body", "entry-content", "story"). */
    static final int POSITIVE = 2;
    /** A photo or video caption. */
    static final int CAPTION = 4;
    /** A photo credit or source line. */
    static final int CREDIT = 8;
    /** Text only screen readers get ("Share on Facebook", "Opens in a new window"). */
    static final int SCREEN_READER = 16;

    private static final Set<String> BOILER_WORDS = Set.of(
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense", "dfp", "gpt",
            "sponsor", "sponsored", "sponsors", "promo", "promos", "promoted", "banner", "billboard",
            "breadcrumb", "breadcrumbs", "byline", "bylines", "author", "authors", "dateline", "timestamp",
            "comment", "comments", "commenting", "disqus", "replies", "reply",
            "footer", "header", "masthead", "nav", "navbar", "navigation", "menu", "submenu", "sidebar",
            "rail", "toolbar", "topbar", "widget", "widgets", "popup", "modal", "overlay", "lightbox",
            "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "subscribe", "subscription",
            "signup", "related", "recommended", "recommendations", "recirculation", "recirc",
            "outbrain", "taboola", "trending", "popular", "mostread", "mostpopular", "share", "sharing",
            "shares", "sharebar", "social", "socials", "follow", "tags", "tag", "tagged", "keywords", "topics",
            "pagination", "pager", "rating", "ratings", "poll", "survey", "promotion", "affiliate", "disclaimer",
            "login", "register", "search", "skip", "jump", "toc", "offscreen", "meta", "metadata", "submitted",
            "tooltip", "popover", "rollover", "hovercard", "dropdown", "prev", "previous", "next", "noscript",
            // the same roles in the class names of German, French, Spanish, Italian and Portuguese templates
            "werbung", "anzeige", "kommentar", "kommentare", "teilen", "verwandte", "empfehlungen",
            "publicite", "publicité", "pub", "commentaires", "partage", "partager", "publicidad", "comentarios",
            "compartir", "relacionados", "relacionadas", "pubblicita", "commenti", "condividi", "correlati",
            "publicidade", "partilhar");
    /** Stems that mark furniture when a class word starts with them. */
    private static final String[] BOILER_STEMS = {"share", "social", "related", "comment", "newsletter",
            "advert", "sponsor", "breadcrumb", "byline", "sidebar", "subscri", "widget", "cookie", "popup",
            "outbrain", "taboola", "recommend", "footer", "navbar", "promo"};
    private static final Set<String> POSITIVE_WORDS = Set.of("article", "articlebody", "body", "content",
            "contents", "entry", "hentry", "main", "page", "post", "story", "text", "blog", "prose", "richtext",
            "artikel", "inhalt", "beitrag", "texte", "contenu", "contenido", "noticia", "cuerpo", "articolo",
            "testo", "materia", "conteudo");
    private static final Set<String> CAPTION_WORDS = Set.of("caption", "captions", "figcaption",
            "legend", "subtitle", "cutline", "cutlines");
    private static final Set<String> CREDIT_WORDS = Set.of("credit", "credits", "copyright", "courtesy",
            "source", "photographer");
    private static final Set<String> SCREEN_READER_WORDS = Set.of("sr", "screenreader", "visuallyhidden",
            "sronly", "accessibility", "a11y", "assistive");

    private static final Set<String> STATE_WORDS = Set.of("has", "with", "without", "no", "show", "hide",
            "enable", "enabled", "disable", "allow", "can", "supports", "needs");

    private static final Set<String> STATE_SUFFIXES = Set.of("enabled", "disabled", "active", "inactive",
            "open", "opened", "closed", "visible", "loaded", "ready", "initialized", "on", "off");
    /** CSS frameworks' classes for display:none (Bootstrap, Foundation, Tailwind, Bulma…). */
    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "hide", "d-none", "is-hidden",
            "invisible", "display-none", "u-hidden");

    private ClassTokens() {
    }

    /** The role bits of an element with these {@code class} and {@code id} values. */
    static int classify(String className, String id) {
        int bits = 0;
        if (!className.isEmpty()) {
            bits |= classifyWords(className);
        }
        if (!id.isEmpty()) {
            bits |= classifyWords(id);
        }
        return bits;
    }

    /**
     * Whether a class list hides its element on screen: a framework's hiding class ("d-none",
     * "hidden") without a responsive class that shows it again ("d-md-block", "md:flex",
     * "visible-lg", "d-print-block" does not count: print only).
     */
    static boolean hiddenByClass(String className) {
        if (className.isEmpty()) {
            return false;
        }
        boolean hiding = false;
        int n = className.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(className.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(className.charAt(j))) {
                j++;
            }
            if (j > i) {
                String name = className.substring(i, j).toLowerCase(Locale.ROOT);
                if (HIDING_CLASSES.contains(name)) {
                    hiding = true;
                } else if (!name.contains("print") && (name.startsWith("visible") || name.startsWith("d-")
                        && name.length() > 6 || name.contains(":") && !name.endsWith(":hidden"))) {
                    return false; // shown again at some screen size
                }
            }
            i = j;
        }
        return hiding;
    }

    /** The bits of a space-separated list of names. */
    private static int classifyWords(String s) {
        int bits = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j > i) {
                bits |= classifyName(s, i, j);
            }
            i = j;
        }
        return bits;
    }

    /** The bits of one class name, {@code s[from, to)}, made of words. */
    private static int classifyName(String s, int from, int to) {
        int bits = 0;
        int start = -1;
        String previous = null;
        boolean state = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : '-';
            boolean letter = Character.isLetterOrDigit(c);
            boolean camel = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
            if (start >= 0 && (!letter || camel)) {
                String word = s.substring(start, i).toLowerCase(Locale.ROOT);
                if (previous == null) {
                    // "has-sidebar", "with-comments", "no-ads": a state of the container, not its role
                    state = STATE_WORDS.contains(word);
                }
                bits |= word(word);
                if (previous != null) {
                    bits |= pair(previous, word);
                }
                previous = word;
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
        if (previous != null && STATE_SUFFIXES.contains(previous)) {
            state = true; // "modal-enabled", "comments-open": a switch, not a role
        }
        return state ? bits & ~(BOILER | CAPTION | CREDIT) : bits;
    }

    private static int word(String w) {
        int bits = 0;
        if (BOILER_WORDS.contains(w)) {
            bits |= BOILER;
        } else {
            for (String stem : BOILER_STEMS) {
                // "commentary" (an opinion piece) is an article, not its comments
                if (w.startsWith(stem) && !w.startsWith("commentar")) {
                    bits |= BOILER;
                    break;
                }
            }
        }
        if (POSITIVE_WORDS.contains(w)) {
            bits |= POSITIVE;
        }
        if (CAPTION_WORDS.contains(w) || w.endsWith("caption")) {
            bits |= CAPTION;
        }
        if (CREDIT_WORDS.contains(w)) {
            bits |= CREDIT;
        }
        if (SCREEN_READER_WORDS.contains(w)) {
            bits |= SCREEN_READER;
        }
        return bits;
    }

    private static int pair(String a, String b) {
        return switch (a + "-" + b) {
            case "screen-reader", "sr-only", "visually-hidden", "visuallyhidden-focusable", "element-invisible", "off-screen",
                    "assistive-text" -> SCREEN_READER;
            case "most-read", "most-popular", "most-viewed", "read-more", "see-also", "more-stories",
                    "more-news", "also-read", "read-next", "up-next", "you-may", "further-reading" -> BOILER;
            default -> 0;
        };
    }
}
