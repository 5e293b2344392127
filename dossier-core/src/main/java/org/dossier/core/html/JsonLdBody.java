package org.dossier.core.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * The {@code articleBody} a page declares in its JSON-LD, and how it is used. The DOM's own text
 * is preferred, for its paragraphs and subheadings; the declared body corrects it when it is whole
 * (not a teaser cut short with an ellipsis) and the DOM text misses much of it: the blocks of the
 * page that the declared body contains are taken in its place, or, when the page's markup does not
 * hold the text at all (it is drawn by a script), the declared body itself. Stateless and thread-safe.
 */
final class JsonLdBody {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    /** A declared body shorter than this (in characters) is a summary, not the article. */
    private static final int MIN_BODY = 200;
    /** A DOM paragraph with this many word runs and none of them in the declared body is not the article's. */
    private static final int FOREIGN_PARAGRAPH = 8;
    /** Share of the declared body the DOM text must hold to be trusted as it is. */
    private static final double DOM_HOLDS = 0.8;
    /** Share of the declared body the page's blocks must hold for it to be rebuilt from them. */
    private static final double PAGE_HOLDS = 0.8;
    /** Share of a block the declared body must hold for the block to be part of the article. */
    private static final double BLOCK_IN_BODY = 0.5;
    private static final int SHINGLE = 3;

    private JsonLdBody() {
    }

    /** The DOM text, or what the page's declared body says it should be. */
    static MainText reconcile(Page page, MainText dom) {
        Optional<String> declared = declared(page.jsonLd);
        if (declared.isEmpty()) {
            return dom;
        }
        List<String> paragraphs = paragraphs(declared.get());
        Set<Long> body = shingles(String.join(" ", paragraphs));
        if (body.isEmpty()) {
            return dom;
        }
        if (share(body, shingles(dom.body())) >= DOM_HOLDS) {
            return withoutForeign(dom, body);
        }
        Set<Long> onPage = new HashSet<>();
        List<String> inBody = new ArrayList<>();
        for (TextBlock b : page.blocks) {
            PageNode o = b.owner();
            if (o.caption != null || o.credit != null) {
                continue;
            }
            Set<Long> own = shingles(b.text());
            onPage.addAll(own);
            if (!own.isEmpty() && share(own, body) >= BLOCK_IN_BODY) {
                inBody.add(b.text());
            }
        }
        if (share(body, onPage) >= PAGE_HOLDS) {
            return new MainText(inBody, dom.captions());
        }
        // The markup lacks the text: the declared body is all there is, if the DOM found little.
        return dom.length() * 2 < declared.get().length() ? new MainText(paragraphs, dom.captions()) : dom;
    }

    /**
     * The DOM text without its long paragraphs that share nothing with the declared body: a
     * comment thread or an author's biography that the container took in. Short paragraphs
     * (subheadings, list items) stay, as declared bodies often leave them out.
     */
    private static MainText withoutForeign(MainText dom, Set<Long> body) {
        List<String> kept = new ArrayList<>();
        for (String p : dom.paragraphs()) {
            Set<Long> own = shingles(p);
            if (own.size() < FOREIGN_PARAGRAPH || share(own, body) > 0) {
                kept.add(p);
            }
        }
        return kept.size() == dom.paragraphs().size() ? dom : new MainText(kept, dom.captions());
    }

    /** The longest whole {@code articleBody} among the page's JSON-LD scripts. */
    static Optional<String> declared(List<String> scripts) {
        String best = null;
        for (String script : scripts) {
            try {
                List<String> found = new ArrayList<>();
                collect(JSON.readTree(script), found, 0);
                for (String s : found) {
                    if (best == null || s.length() > best.length()) {
                        best = s;
                    }
                }
            } catch (Exception e) {
                // Broken JSON-LD is common; the DOM's text stands.
            }
        }
        return Optional.ofNullable(best).map(String::strip).filter(s -> s.length() >= MIN_BODY && !isCut(s));
    }

    private static void collect(JsonNode node, List<String> out, int depth) {
        if (node == null || depth > 16) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            JsonNode body = node.get("articleBody");
            if (body != null && body.isTextual()) {
                out.add(body.asText());
            }
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("articleBody")) {
                    collect(e.getValue(), out, depth + 1);
                }
            });
        }
    }

    /** A teaser: the text stops at an ellipsis or a "read more". */
    private static boolean isCut(String s) {
        String end = s.length() > 24 ? s.substring(s.length() - 24) : s;
        end = end.toLowerCase(Locale.ROOT).strip();
        return end.endsWith("…") || end.endsWith("...") || end.endsWith("&hellip;") || end.endsWith("[…]")
                || end.endsWith("…]");
    }

    /** The declared body's paragraphs; some sites put HTML in it, most plain text with line breaks. */
    private static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        if (body.indexOf('<') >= 0 && body.indexOf('>') > 0) {
            for (TextBlock b : PageReader.read(Jsoup.parseBodyFragment(body), Integer.MAX_VALUE).blocks) {
                out.add(b.text());
            }
            return out;
        }
        for (String line : Parser.unescapeEntities(body, false).split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static double share(Set<Long> part, Set<Long> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int in = 0;
        for (Long s : part) {
            if (whole.contains(s)) {
                in++;
            }
        }
        return (double) in / part.size();
    }

    /** Hashes of the text's runs of three lower-cased words (a short text: its words together). */
    static Set<Long> shingles(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean w = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (w && start < 0) {
                start = i;
            } else if (!w && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        Set<Long> out = new HashSet<>();
        int count = words.isEmpty() ? 0 : Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < count; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            out.add(h);
        }
        return out;
    }
}
