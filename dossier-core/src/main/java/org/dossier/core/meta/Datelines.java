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
 * WASHINGTON — …                   MOSCOW (TASS), Anna Petrova - … (Outlet) - …
 * Hamburg (dpa) – …                MADRID, 3 feb (EFE) – …            HANOI (VNA) – …
 * </pre>
 *
 * A place may be followed by its region or country ("SPRINGFIELD, Ill. (AP) —", "DALIAN, China —").
 * A place without a credit must be written in capitals ("WASHINGTON —", or "WASHINGTON - " in plain
 * ASCII), so an ordinary sentence with a dash is not read as a dateline. Stateless and thread-safe.
 */
public final class Datelines {
    /** A place: one to four words, capitalised. */
    private static final String PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}";
    /** The date some datelines carry after the place: "Jan. 8", "12 mars", "3. März". */
    private static final String DATE = "[\\p{L}\\d.]{1,10}\\.?\\s+[\\p{L}\\d.]{1,10}";
    /** The region or country some datelines name after the place: "Ill.", "China", "South Korea". */
    private static final String REGION = "\\p{Lu}[\\p{L}\\p{M}.'’]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’]*){0,2}";
    /** What may follow the place after a comma: a date or a region. */
    private static final String QUALIFIER = "(?:\\s*,\\s*(?:" + DATE + "|" + REGION + "))?";
    private static final String DASH = "\\s*(?:--|-|–|—|:)\\s+";
    private static final Pattern WITH_CREDIT = Pattern.compile(
            "^(?:(?<place>" + PLACE + ")" + QUALIFIER + "\\s*)?"
                    + "\\((?<credit>[^()]{1,40})\\)"
                    + "(?:\\s*,\\s*(?<author>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3}))?"
                    + DASH + "\\S");
    /** A place in capitals, then a dash and the story's first sentence (which starts with no small letter). */
    private static final Pattern CAPITALS = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}.'’-]+){0,3})"
                    + QUALIFIER + "(?:\\s*(?:--|–|—)|\\s+-)\\s+[^\\p{Ll}\\s]");
    /** Capitalised labels that open a paragraph the way a place does ("UPDATE —"), in a few languages. */
    private static final Set<String> LABELS = Set.of("update", "updated", "breaking", "breaking news", "exclusive",
            "analysis", "opinion", "commentary", "editorial", "watch", "live", "video", "photos", "correction",
            "editor's note", "eilmeldung", "exklusiv", "analyse", "kommentar", "exclusif", "direct", "exclusiva",
            "opinión", "última hora", "urgente", "esclusiva");
    /** A dateline sits in the paragraph's first characters. */
    private static final int HEAD = 160;
    /** The lead paragraph is among the body's first few (a standfirst or a label may come first). */
    private static final int LEAD_PARAGRAPHS = 3;

    private Datelines() {
    }

    /**
     * What a lead paragraph's dateline says.
     *
     * @param place  the place the story was filed from, as written ("MOSCOW")
     * @param credit the outlet or agency in brackets ("Reuters", "TASS")
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

    /**
     * Whether a dateline's credit names the publisher: its name or a part of it, its address, or
     * the initials of either one ("HT" of "The Harbour Times", "The Harbour Times" when the publisher
     * goes by "HT").
     */
    private static boolean sameOutlet(String credit, String publisher, Optional<String> url) {
        return Sites.of(List.of(publisher), url).named(credit)
                || Sites.of(List.of(credit), Optional.empty()).named(publisher);
    }

    /**
     * Whether {@code name} is a news agency of {@link Wires}' table ("Reuters", "AFP", "dpa", "Yonhap"
     * …): credited in a dateline, an agency is the story's wire, not its publisher.
     */
    public static boolean isAgency(String name) {
        if (Wires.of(name).isPresent()) {
            return true;
        }
        // "Reuters/AP", "dpa/AFP": every part an agency.
        String[] parts = name.strip().split("\\s*[/,&]\\s*");
        return parts.length > 1 && Arrays.stream(parts).allMatch(p -> Wires.of(p).isPresent());
    }

    /**
     * The article with what the lead paragraph's dateline says filled in where the article has
     * nothing yet: the dateline's place; an agency credit as the wire, and as the publisher too when
     * nothing else names one (a page whose only outlet is the agency's credit is most likely the
     * agency's own); any other credit as the
     * publisher when the article names none, and as the wire when it names another outlet (by the
     * convention, an outlet credited in the dateline that is not the publisher is the story's
     * source); the named author. Fields already set are kept. The lead is the first of the first
     * few paragraphs that has a dateline, since a standfirst or a section label may come before it.
     */
    public static Article complete(Article article) {
        List<String> paragraphs = article.paragraphs();
        Optional<Dateline> found = Optional.empty();
        for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, paragraphs.size()) && found.isEmpty(); i++) {
            found = parse(paragraphs.get(i));
        }
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
            if (article.publisher().isEmpty()) {
                b.publisher(d.credit());
            }
        } else if (article.publisher().isEmpty()) {
            b.publisher(d.credit());
        } else if (article.wire().isEmpty() && d.credit().isPresent()
                && !sameOutlet(d.credit().get(), article.publisher().get(), article.source().url())) {
            b.wire(d.credit()); // "HANOI (MNA) —" on another outlet's page
        }
        if (article.authors().isEmpty() && d.author().isPresent()) {
            List<String> names = new ArrayList<>(Bylines.names(d.author().get()));
            b.authors(names);
        }
        return b.build();
    }
}
