package org.dossier.core.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides a page's publication date from what it states: the metadata's publication timestamp, the
 * date shown with the byline, the date in the address, and only when nothing else is stated the
 * date of the last change.
 *
 * <p>Metadata timestamps are often in UTC and then fall on the next day for an evening story in
 * America; the date the reader sees under the headline, or the one in the address, is in the
 * site's own zone. So when the metadata's date and the shown date differ by a day, the shown date
 * wins, unless it is the date the metadata gives as the last change. A date shown above the
 * headline is as often the site's clock as the story's date and counts only when nothing else is
 * stated. Stateless and thread-safe.
 */
final class PublishedDates {
    private static final Pattern[] URL_DAY = {
        Pattern.compile("/((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?=[/_.-]|$)"),
        Pattern.compile("/((?:19|20)\\d{2})/([a-z]{3,9})/(\\d{1,2})(?=/|$)"),
        Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)"),
    };
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{2})(?=/|-[a-z])");

    /** Keys of meta tags that hold the publication timestamp, most trusted first. */
    private static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "og:article:published_time",
            "article:published", "og:published_time", "datepublished", "published_time", "publishdate",
            "publish-date", "publish_date", "pubdate", "pub_date", "publication_date", "article.published",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dcterms.created", "datecreated", "article_date_original", "originalpublicationdate", "displaydate",
            "date", "sn-post-date", "dcsext.articlefirstpublished", "pdate", "citation_publication_date",
            "citation_date", "published_time_telegram", "og:pubdate", "cxenseparse:recs:publishtime");
    private static final List<String> MODIFIED_KEYS = List.of("article:modified_time", "og:article:modified_time",
            "article:modified", "og:updated_time", "datemodified", "lastmod", "last-modified", "article.updated",
            "article_date_updated", "revision_date", "dcterms.modified");
    private static final Pattern UPDATE_MARK = Pattern.compile(
            "(?i)\\b(?:updated?|last\\s+modified|modified|aktualisiert|geändert|mis\\s+à\\s+jour|modifié|actualizado"
                    + "|actualización|atualizado|atualização|aggiornato|aggiornamento|bijgewerkt|gewijzigd|обновлено"
                    + "|изменено|diperbarui|cập\\s+nhật)|수정|更新");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i:\\b(?:photo|foto|image|credit|getty|file)\\b)|\\p{Lu}{3,}/\\s?\\p{Lu}");
    private static final Pattern NOT_PUBLISHED = Pattern.compile("modif|updat|expir|revis|last|version");

    /** A date shown on the page near the headline, and whether it was marked as an update. */
    record Shown(Dates.Stamp stamp, boolean updated) {
    }

    private PublishedDates() {
    }

    /** The publication date {@code page} states, ISO 8601 at the precision stated. */
    static Optional<String> of(Page page) {
        Optional<JsonNode> article = page.article();
        MetaTags meta = page.meta();
        List<PageLines.Line> lines = page.lines();
        int at = page.at();
        String hint = page.dateHint();
        List<Dates.Stamp> declared = new ArrayList<>();
        article.ifPresent(a -> {
            for (String key : List.of("datePublished", "dateCreated")) {
                JsonLd.text(a, key).flatMap(v -> Dates.stamp(v, hint)).ifPresent(declared::add);
            }
        });
        for (String k : PUBLISHED_KEYS) {
            for (String v : meta.all(k)) {
                Dates.stamp(v, hint).ifPresent(declared::add);
            }
        }
        for (Map.Entry<String, List<String>> e : meta.asMap().entrySet()) {
            String k = e.getKey();
            if ((k.contains("publish") || k.contains("pubdate") || k.contains("firstpub"))
                    && !NOT_PUBLISHED.matcher(k).find() && !PUBLISHED_KEYS.contains(k)) {
                e.getValue().forEach(v -> Dates.stamp(v, hint).ifPresent(declared::add));
            }
        }
        for (Element e : page.doc().select("[itemprop*=datePublished]:not(meta)")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            Dates.stamp(v, hint).ifPresent(declared::add);
        }
        Optional<Dates.Stamp> modified = Optional.empty();
        if (article.isPresent()) {
            modified = JsonLd.text(article.get(), "dateModified").flatMap(v -> Dates.stamp(v, hint));
        }
        for (String k : MODIFIED_KEYS) {
            if (modified.isEmpty()) {
                modified = meta.first(k).flatMap(v -> Dates.stamp(v, hint));
            }
        }
        List<Shown> shown = new ArrayList<>();
        for (PageLines.Line line : page.window()) {
            String t = line.text();
            if (!dateLine(line)) {
                continue;
            }
            Matcher update = UPDATE_MARK.matcher(t);
            String head = update.find() ? t.substring(0, update.start()) : t;
            Optional<Dates.Stamp> s = Dates.find(head, hint);
            if (s.isPresent()) {
                shown.add(new Shown(s.get(), false));
            } else if (!head.equals(t)) {
                Dates.find(t.substring(head.length()), hint).ifPresent(x -> shown.add(new Shown(x, true)));
            } else if (line.block().normalName().equals("time") && line.block().hasAttr("datetime")) {
                Dates.stamp(line.block().attr("datetime"), hint).ifPresent(x -> shown.add(new Shown(x,
                        false)));
            }
        }
        Optional<Dates.Stamp> above = Optional.empty();
        for (int i = at - 1; i >= 0 && i >= at - 4 && above.isEmpty(); i--) {
            String t = lines.get(i).text();
            if (t.length() < 120 && !UPDATE_MARK.matcher(t).find() && !Page.chrome(lines.get(i).block(), lines.get(at).block())) {
                above = Dates.find(t, hint);
            }
        }
        return choose(declared.stream().filter(PublishedDates::plausible).toList(),
                modified.filter(PublishedDates::plausible),
                shown.stream().filter(s -> plausible(s.stamp())).toList(), above.filter(PublishedDates::plausible),
                page.url());
    }

    /**
     * Whether a line under the headline may show the story's date: a short line (a byline, a date
     * line), not a photo caption, which dates the picture.
     */
    private static boolean dateLine(PageLines.Line line) {
        String t = line.text();
        if (t.length() > 120 || PHOTO_CREDIT.matcher(t).find()) {
            return false;
        }
        int up = 0;
        for (Element p = line.block(); p != null && up < 4; p = p.parent(), up++) {
            if (p.normalName().equals("figure") || p.normalName().equals("figcaption")) {
                return false;
            }
        }
        return true;
    }

    /** Placeholder timestamps ("0001-01-01", the epoch) are not dates. */
    private static boolean plausible(Dates.Stamp s) {
        return s.date().getYear() > 1970;
    }

    /**
     * The publication date, ISO 8601 at the precision stated.
     *
     * @param meta     publication timestamps of the metadata, most trusted first
     * @param modified the metadata's last-change timestamp, if any
     * @param shown    dates shown after the headline, in page order
     * @param above    a date shown just above the headline, if any
     * @param url      the page's address, if known
     */
    static Optional<String> choose(List<Dates.Stamp> meta, Optional<Dates.Stamp> modified, List<Shown> shown,
                                   Optional<Dates.Stamp> above, Optional<String> url) {
        Optional<Dates.Stamp> visible = shown.stream().filter(s -> !s.updated()).map(Shown::stamp).findFirst();
        Optional<String> fromUrl = url.flatMap(PublishedDates::fromUrl);
        if (!meta.isEmpty()) {
            Dates.Stamp m = meta.get(0);
            if (visible.isPresent()) {
                Dates.Stamp v = visible.get();
                long apart = Math.abs(ChronoUnit.DAYS.between(m.date(), v.date()));
                boolean isChange = modified.isPresent() && modified.get().date().equals(v.date())
                        && !modified.get().date().equals(m.date());
                if (apart == 1 && !isChange) {
                    return Optional.of(v.iso());
                }
                if (apart == 0 && v.time().isPresent() && (m.utc() || m.time().isEmpty())) {
                    return Optional.of(v.iso());
                }
            }
            if (m.utc() && fromUrl.isPresent() && fromUrl.get().length() == 10
                    && Math.abs(ChronoUnit.DAYS.between(m.date(), LocalDate.parse(fromUrl.get()))) == 1) {
                return fromUrl;
            }
            return Optional.of(m.iso());
        }
        if (visible.isPresent()) {
            return Optional.of(visible.get().iso());
        }
        if (fromUrl.isPresent()) {
            return fromUrl;
        }
        if (above.isPresent()) {
            return Optional.of(above.get().iso());
        }
        if (modified.isPresent()) {
            return Optional.of(modified.get().iso());
        }
        return shown.stream().map(s -> s.stamp().iso()).findFirst();
    }

    /** The date a page's address states: "/2019/03/12/" gives 2019-03-12, "/2019/03/slug" 2019-03. */
    static Optional<String> fromUrl(String url) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "").replaceFirst("[?#].*$", "")
                .toLowerCase(java.util.Locale.ROOT);
        for (Pattern p : URL_DAY) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                Optional<Integer> month = m.group(2).chars().allMatch(Character::isDigit)
                        ? Optional.of(Integer.parseInt(m.group(2))) : Months.of(m.group(2));
                if (month.isPresent()) {
                    try {
                        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month.get(),
                                Integer.parseInt(m.group(3))).toString());
                    } catch (DateTimeException e) {
                        // not a date: an id that looks like one
                    }
                }
            }
        }
        Matcher m = URL_MONTH.matcher(path);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return Optional.of(m.group(1) + "-" + m.group(2));
            }
        }
        return Optional.empty();
    }
}
