package org.dossier.core.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.Article;

/**
 * Reads the dateline that opens a news story's lead paragraph: the place it was filed from, the
 * outlet or agency credited in brackets, and an author named after them, in the conventions of
 * several languages' press:
 *
 * <pre>
 * BERLIN (dpa) - …                 PARIS, 12 mars (Reuters) - …       SEOUL, Jan. 8 (Yonhap) -- …
 * WASHINGTON — …                   MOSCOW (Sputnik), Anna Petrova - … (Outlet) - …
 * Hamburg (dpa) – …                MADRID, 3 feb (EFE) – …            HANOI (VNA) – …
 * </pre>
 *
 * A place without a credit must be written in capitals ("WASHINGTON —"), so an ordinary sentence
 * with a dash is not read as a dateline. Stateless and thread-safe.
 */
public final class Datelines {
    /** News agencies: credited in a dateline, they are the story's wire, not its publisher. */
    private static final Set<String> AGENCIES = Set.of("ap", "associated press", "reuters", "afp",
            "agence france-presse", "agence france presse", "yonhap", "xinhua", "dpa", "kyodo", "tass", "itar-tass",
            "ria novosti", "interfax", "ansa", "efe", "europa press", "bernama", "pti", "ians", "upi", "kcna", "vna",
            "anp", "apa", "sda", "ats", "belga", "ctk", "čtk", "pap", "anadolu", "aa", "ntb", "tt", "ritzau", "stt",
            "lusa", "notimex", "prensa latina", "kna", "epd", "afx", "bloomberg", "cna", "antara", "pna", "app",
            "bss", "mena", "wafa", "irna", "isna", "tanjug", "hina", "mti", "bta", "ukrinform", "unian", "belta",
            "kyodo news", "jiji", "jiji press", "ap photo", "newsis", "news1", "nhk", "sana", "spa", "wam", "qna",
            "kuna", "xinhua news agency", "yonhap news agency", "vietnam news agency", "ani", "reuters/ap");
    /** A place: one to four words, capitalised. */
    private static final String PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}";
    /** The date some datelines carry after the place: "Jan. 8", "12 mars", "3. März". */
    private static final String DATE = "[\\p{L}\\d.]{1,10}\\.?\\s+[\\p{L}\\d.]{1,10}";
    private static final String DASH = "\\s*(?:--|-|–|—|:)\\s+";
    private static final Pattern WITH_CREDIT = Pattern.compile(
            "^(?:(?<place>" + PLACE + ")(?:\\s*,\\s*(?<date>" + DATE + "))?\\s*)?"
                    + "\\((?<credit>[^()]{1,40})\\)"
                    + "(?:\\s*,\\s*(?<author>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3}))?"
                    + DASH + "\\S");
    private static final Pattern CAPITALS = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}.'’-]+){0,3})"
                    + "(?:\\s*,\\s*(?<date>" + DATE + "))?" + "\\s*(?:--|–|—)\\s+\\S");
    /** Capitalised labels that open a paragraph the way a place does ("UPDATE —"), in a few languages. */
    private static final Set<String> LABELS = Set.of("update", "updated", "breaking", "breaking news", "exclusive",
            "analysis", "opinion", "commentary", "editorial", "watch", "live", "video", "photos", "correction",
            "editor's note", "eilmeldung", "exklusiv", "analyse", "kommentar", "exclusif", "direct", "exclusiva",
            "opinión", "última hora", "urgente", "esclusiva");
    /** A dateline sits in the paragraph's first characters. */
    private static final int HEAD = 160;

    private Datelines() {
    }

    /**
     * What a lead paragraph's dateline says.
     *
     * @param place  the place the story was filed from, as written ("MOSCOW")
     * @param credit the outlet or agency in brackets ("Reuters", "Sputnik")
     * @param author a person named after the credit
     */
    public record Dateline(Optional<String> place, Optional<String> credit, Optional<String> author) {
        public Dateline {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(author, "author");
        }

        /** Whether the credit is a news agency (AP, Reuters, AFP, Yonhap, Xinhua, dpa …). */
        public boolean creditIsAgency() {
            return credit.isPresent() && isAgency(credit.get());
        }
    }

    /** The dateline at the start of {@code lead}, if it has one. */
    public static Optional<Dateline> parse(String lead) {
        if (lead == null || lead.isBlank()) {
            return Optional.empty();
        }
        String head = lead.strip();
        head = head.length() > HEAD ? head.substring(0, HEAD) : head;
        Matcher m = WITH_CREDIT.matcher(head);
        if (m.find()) {
            String credit = m.group("credit").strip();
            if (Character.isLetter(credit.codePointAt(0)) && credit.split("\\s+").length <= 5) {
                return Optional.of(new Dateline(Optional.ofNullable(m.group("place")).map(String::strip),
                        Optional.of(credit), Optional.ofNullable(m.group("author")).map(String::strip)));
            }
        }
        m = CAPITALS.matcher(head);
        if (m.find() && m.group("place").codePoints().filter(Character::isLetter).count() >= 3
                && !LABELS.contains(m.group("place").toLowerCase(Locale.ROOT))) {
            return Optional.of(new Dateline(Optional.of(m.group("place").strip()), Optional.empty(),
                    Optional.empty()));
        }
        return Optional.empty();
    }

    /** Whether {@code name} is a news agency ("Reuters", "AFP", "dpa", "Yonhap" …). */
    public static boolean isAgency(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (AGENCIES.contains(n)) {
            return true;
        }
        // "Reuters/AP", "dpa/AFP": every part an agency.
        String[] parts = n.split("\\s*[/,&]\\s*");
        return parts.length > 1 && Arrays.stream(parts).allMatch(AGENCIES::contains);
    }

    /**
     * The article with what the first paragraph's dateline says filled in where the article has
     * nothing yet: the dateline's place; an agency credit as the wire, any other credit as the
     * publisher; the named author. Fields already set are kept.
     */
    public static Article complete(Article article) {
        List<String> paragraphs = article.paragraphs();
        if (paragraphs.isEmpty()) {
            return article;
        }
        Optional<Dateline> found = parse(paragraphs.get(0));
        if (found.isEmpty()) {
            return article;
        }
        Dateline d = found.get();
        Article.Builder b = article.toBuilder();
        if (article.dateline().isEmpty()) {
            b.dateline(d.place());
        }
        if (d.creditIsAgency()) {
            if (article.wire().isEmpty()) {
                b.wire(d.credit());
            }
        } else if (article.publisher().isEmpty()) {
            b.publisher(d.credit());
        }
        if (article.authors().isEmpty() && d.author().isPresent()) {
            List<String> names = new ArrayList<>(Bylines.names(d.author().get()));
            b.authors(names);
        }
        return b.build();
    }
}
