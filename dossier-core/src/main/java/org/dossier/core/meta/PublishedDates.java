package org.dossier.core.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A date shown on the page near the headline, and whether it was marked as an update. */
    record Shown(Dates.Stamp stamp, boolean updated) {
    }

    private PublishedDates() {
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
