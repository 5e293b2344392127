package org.dossier.core.capture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.meta.Bylines;

/**
 * The article's headline, bylines and dates, read from the lines around the body: the headline is
 * the nearest headline-shaped line above the first paragraph (or the line that repeats the
 * page's {@code <title>}), bylines and date lines sit between them, and an author's e-mail
 * signature or a "First published" line may follow the body. A date above the headline without a
 * label is the page's own clock (the day it was viewed), never the publication date.
 * Not thread-safe: one instance reads one page.
 */
final class Masthead {
    /** How far above the first paragraph the headline may be. */
    private static final int WINDOW = 25;
    /** How far below the body a signature or a "published" line may be. */
    private static final int AFTER = 5;
    /** A byline is a few words. */
    private static final double BYLINE_WORDS = 12;
    /** Labels that say a date is the publication date (or the last update), in several languages. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?iu)\\b(?:published|posted|date[d]?|released|veröffentlicht|erschienen|datum|publié|publié le|publicado"
                    + "|fecha|pubblicato|data|gepubliceerd|opublikowano|ngày|đăng|입력|발행|公開|发布|發布|发表)\\b"
                    + "|公開|发布|發布|发表|입력");
    private static final Pattern UPDATED_LABEL = Pattern.compile(
            "(?iu)\\b(?:updated|modified|aktualisiert|stand|mis à jour|actualizado|aggiornato|atualizado"
                    + "|bijgewerkt|cập nhật|수정)\\b|更新");
    /** Where a date starts in a byline: a digit, or a month or weekday name (English, German, French, Spanish). */
    private static final Pattern DATE_START = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?:\\d|(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul"
                    + "|august|aug|september|sept|sep|october|oct|november|nov|december|dec|monday|mon|tuesday|tue"
                    + "|tues|wednesday|wed|thursday|thu|thurs|friday|fri|saturday|sat|sunday|sun|januar|februar|märz"
                    + "|mai|juni|juli|oktober|okt|dezember|dez|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
                    + "|sonntag|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
                    + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|enero|febrero|marzo|abril|mayo|junio"
                    + "|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes"
                    + "|sábado|domingo|ngày|thứ)\\.?(?![\\p{L}]))");
    /** A time of day with a zone or offset: the page's clock. */
    /** A row of bracketed buttons: "[Facebook] [Twitter] [Copy link]". */
    private static final Pattern WIDGET_ROW = Pattern.compile("(?:[\\[(][^\\])\\[(]{1,30}[\\])]\\s*){2,}");
    /** The lead is the body's first few prose lines ... */
    private static final int LEAD_LINES = 3;
    /** ... found this close to its start. */
    private static final int LEAD_REACH = 12;
    private static final Pattern CLOCK = Pattern.compile("(?i)\\d{1,2}:\\d{2}.{0,12}(?:GMT|UTC|[+-]\\d{1,2}\\b)");

    private final Page page;
    private final Role[] roles;
    /** The page's language, which decides how its numeric dates read. */
    private final String language;

    private final List<String> authors = new ArrayList<>();
    private Optional<String> published = Optional.empty();
    private int publishedRank = Integer.MAX_VALUE;
    private Optional<String> publisher = Optional.empty();
    private int title = -1;

    Masthead(Page page, Role[] roles) {
        this.page = page;
        this.roles = roles;
        this.language = page.language.orElse("");
    }

    /**
     * Reads the lines above {@code bodyStart} (bylines, dates, the headline; {@code echo} is a line
     * that repeats the page's first line, or -1), then those after {@code bodyEnd}.
     */
    void read(int bodyStart, int bodyEnd, int echo) {
        // The line that repeats the <title> is the headline wherever it is above the body; the
        // bylines and dates are just around it. Without one, they are all just above the body.
        boolean echoed = echo >= 0 && echo < bodyStart;
        int from = echoed ? Math.max(0, echo - 3) : Math.max(0, bodyStart - WINDOW);
        int to = echoed ? Math.min(bodyStart, echo + WINDOW) : bodyStart;
        for (int i = to - 1; i >= from; i--) {
            if (roles[i] == Role.NONE && i != echo) {
                byline(page.get(i));
            }
        }
        // Names and their outlet without a marker ("Anna Schmidt, Example Gazette") when the
        // masthead has no marked byline. A photographer is credited the same way, glued under the
        // caption; a byline starts its block.
        for (int i = to - 1; i >= from && authors.isEmpty(); i--) {
            Line l = page.get(i);
            if (roles[i] == Role.NONE && i != echo && l.blankBefore && l.weight <= BYLINE_WORDS && !l.address) {
                List<String> signed = Bylines.beforeOutlet(l.text, outlet -> false);
                if (!signed.isEmpty()) {
                    addAuthors(signed);
                    roles[i] = Role.BYLINE;
                }
            }
        }
        title = echoed ? echo : pickTitle(from, bodyStart);
        if (title >= 0) {
            roles[title] = Role.TITLE;
        }
        for (int i = from; i < to; i++) {
            if (roles[i] == Role.NONE || roles[i] == Role.DATE || roles[i] == Role.BYLINE) {
                date(page.get(i), i > title);
            }
        }
        for (int i = bodyEnd + 1; i < Math.min(page.size(), bodyEnd + 1 + AFTER); i++) {
            after(page.get(i));
        }
        publisher = titlePublisher().or(this::copyrightPublisher).or(() -> publisher);
    }

    Optional<Line> title() {
        return title < 0 ? Optional.empty() : Optional.of(page.get(title));
    }

    int titleIndex() {
        return title;
    }

    List<String> authors() {
        return List.copyOf(authors);
    }

    Optional<String> published() {
        return published;
    }

    Optional<String> publisher() {
        return publisher;
    }

    /**
     * "By Anna Schmidt", "Von Anna Schmidt | 12. März 2019", "20 May 2019 | Posted by A and B | 4 min
     * read" (a row of facts may be longer than a byline, each of its parts is not), "Thanh Huyen March
     * 29, 2018 11:22", "Anna Schmidt, Example Gazette".
     */
    private void byline(Line l) {
        if (l.weight > BYLINE_WORDS * 2 || l.address) {
            return;
        }
        Optional<List<String>> marked = Bylines.parseLine(l.text);
        if (marked.isPresent()) {
            addAuthors(marked.get());
            roles[l.index] = Role.BYLINE;
            return;
        }
        if (l.weight > BYLINE_WORDS) {
            return;
        }
        Matcher m = DATE_START.matcher(l.text);
        if (m.find() && m.start() > 0 && CaptureDates.parse(l.text, language).isPresent()) {
            String prefix = l.text.substring(0, m.start()).replaceAll("[\\s,|/·•–—-]+$", "");
            List<String> names = Bylines.names(prefix);
            int words = Line.tokens(prefix).size();
            if (names.size() == 1 && names.get(0).equals(prefix) && words >= 2 && words <= 4) {
                addAuthors(names);
                roles[l.index] = Role.BYLINE;
            }
        }
    }

    private void addAuthors(List<String> names) {
        for (String n : names) {
            if (!authors.contains(n)) {
                authors.add(n);
            }
        }
    }

    /**
     * A date in the masthead. The publication date is the one on the byline, else one labelled as
     * published, else a bare date line under the headline; a bare date above the headline is the
     * page's clock and a time with a zone ("20:00 GMT+3") always is.
     */
    private void date(Line l, boolean belowTitle) {
        if (l.weight > BYLINE_WORDS * 1.5) {
            return;
        }
        Optional<String> date = CaptureDates.parse(l.text, language);
        if (date.isEmpty()) {
            return;
        }
        boolean labelled = PUBLISHED_LABEL.matcher(l.text).find();
        int rank;
        if (roles[l.index] == Role.BYLINE) {
            rank = 0;
        } else if (labelled) {
            rank = 1;
        } else if (UPDATED_LABEL.matcher(l.text).find()) {
            rank = 3;
        } else if (belowTitle && !CLOCK.matcher(l.text).find()) {
            rank = 2;
        } else {
            return;
        }
        if (roles[l.index] == Role.NONE) {
            roles[l.index] = Role.DATE;
        }
        if (rank < publishedRank) {
            publishedRank = rank;
            published = date;
        }
    }

    /** After the body: the author's e-mail signature, a late byline, a "First published" line. */
    private void after(Line l) {
        if (roles[l.index] != Role.NONE || l.weight > BYLINE_WORDS) {
            return;
        }
        if (l.address && l.text.indexOf('@') > 0) {
            roles[l.index] = Role.SIGNATURE;
            String name = l.text.substring(0, l.text.lastIndexOf(' ', l.text.indexOf('@')) + 1).strip();
            if (authors.isEmpty()) {
                List<String> names = Bylines.names(name);
                if (names.size() == 1) {
                    addAuthors(names);
                }
            }
            if (publisher.isEmpty()) {
                publisher = Outlets.fromEmail(l.text);
            }
            return;
        }
        if (authors.isEmpty()) {
            byline(l);
        }
        if (PUBLISHED_LABEL.matcher(l.text).find()) {
            date(l, true);
        }
    }

    /** The site name next to the headline in the capture's first line, when that line is the {@code <title>}. */
    private Optional<String> titlePublisher() {
        return title > 0 ? Outlets.fromTitleLine(page.get(0), page.get(title)) : Optional.empty();
    }

    /** The copyright holder, or the publication it owns when the masthead names one. */
    private Optional<String> copyrightPublisher() {
        for (int i = Math.max(0, title); i < page.size(); i++) {
            Line l = page.get(i);
            if (page.footer(l)) {
                Optional<String> holder = Outlets.fromCopyright(l);
                if (holder.isPresent()) {
                    return Outlets.fromMasthead(page, title, holder.get()).or(() -> holder);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The headline: the nearest line above the body shaped like one (a few words to a few dozen,
     * no closing full stop, not a caption, byline, date line, menu item or row of widget buttons)
     * that speaks of what the lead paragraphs say, preferring one set apart on its own over one in
     * a block of other lines (a list of other stories' headlines); without one, the nearest such
     * line, preferring one of five words or more over a short widget label.
     */
    private int pickTitle(int from, int bodyStart) {
        Set<String> lead = leadWords(bodyStart);
        int about = -1;
        int strong = -1;
        int weak = -1;
        for (int i = bodyStart - 1; i >= from; i--) {
            Line l = page.get(i);
            if (!titleShaped(l) || WIDGET_ROW.matcher(l.text).matches()) {
                continue;
            }
            if (aboutLead(l, lead)) {
                if (page.alone(l)) {
                    return i;
                }
                if (about < 0) {
                    about = i;
                }
            }
            if (strong < 0 && l.weight >= 5) {
                strong = i;
            }
            if (weak < 0) {
                weak = i;
            }
        }
        return about >= 0 ? about : strong >= 0 ? strong : weak;
    }

    /** The content words of the first few prose lines of the body. */
    private Set<String> leadWords(int bodyStart) {
        Set<String> words = new HashSet<>();
        int seen = 0;
        for (int i = bodyStart; i < Math.min(page.size(), bodyStart + LEAD_REACH) && seen < LEAD_LINES; i++) {
            Line l = page.get(i);
            if (roles[i] == Role.NONE && l.weight >= BYLINE_WORDS) {
                words.addAll(l.contentWords(page.stopWords));
                seen++;
            }
        }
        return words;
    }

    /**
     * Whether a line shares enough of its content words with the lead to be its headline: two, or,
     * for a short headline set apart on its own, one of at most two ("Filed to: topic" and a section
     * name glued to other lines are labels; "More on Site Books" shares too little of itself).
     */
    private boolean aboutLead(Line l, Set<String> lead) {
        Set<String> own = l.contentWords(page.stopWords);
        long shared = own.stream().filter(lead::contains).count();
        return shared >= 2 || shared == 1 && page.alone(l) && own.size() <= 2;
    }

    private boolean titleShaped(Line l) {
        return roles[l.index] == Role.NONE && l.weight >= 2 && l.weight <= 30 && !l.text.endsWith(".")
                && !l.bullet && !l.address && !l.endsColon() && !page.footer(l)
                && l.text.codePoints().filter(Character::isLetter).count() >= 3
                && (l.weight > BYLINE_WORDS * 1.5 || CaptureDates.parse(l.text, language).isEmpty());
    }
}
