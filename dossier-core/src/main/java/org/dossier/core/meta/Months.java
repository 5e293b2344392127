package org.dossier.core.meta;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names and their abbreviations in the languages news pages are written in, nominative and
 * genitive ("März", "марта", "marca"), with and without accents. A word that names different months
 * in two languages (Croatian "listopad" is October, Polish "listopad" November) is left out. Immutable
 * and thread-safe.
 */
final class Months {
    private static final Map<String, Integer> BY_NAME = build();

    private Months() {
    }

    /** The month (1–12) {@code word} names, ignoring case and a trailing dot. */
    static Optional<Integer> of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return Optional.ofNullable(BY_NAME.get(w));
    }

    private static Map<String, Integer> build() {
        String[][] names = {
            // English
            {"january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                "august aug", "september sep sept", "october oct", "november nov", "december dec"},
            // German
            {"januar jänner jaenner", "februar feber", "märz maerz mrz mär", "april", "mai", "juni", "juli",
                "august", "september", "oktober okt", "november", "dezember dez"},
            // French
            {"janvier janv", "février fevrier févr fevr fév", "mars", "avril avr", "mai", "juin",
                "juillet juil", "août aout", "septembre", "octobre", "novembre", "décembre decembre déc"},
            // Spanish
            {"enero ene", "febrero", "marzo", "abril abr", "mayo", "junio", "julio", "agosto ago",
                "septiembre setiembre", "octubre", "noviembre", "diciembre dic"},
            // Italian
            {"gennaio gen", "febbraio", "marzo", "aprile", "maggio mag", "giugno giu", "luglio lug", "agosto",
                "settembre set", "ottobre ott", "novembre", "dicembre"},
            // Portuguese
            {"janeiro", "fevereiro fev", "março marco", "abril", "maio", "junho", "julho", "agosto",
                "setembro", "outubro out", "novembro", "dezembro dez"},
            // Dutch
            {"januari", "februari", "maart mrt", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december"},
            // Indonesian and Malay
            {"januari", "februari pebruari", "maret mac", "april", "mei", "juni", "juli", "agustus ogos ags",
                "september", "oktober", "november nopember", "desember disember des"},
            // Swedish, Danish, Norwegian
            {"januari januar", "februari februar", "mars marts", "april", "maj mai", "juni", "juli",
                "augusti august", "september", "oktober", "november", "december desember"},
            // Russian (nominative, genitive, abbreviations)
            {"январь января янв", "февраль февраля фев февр", "март марта мар", "апрель апреля апр",
                "май мая", "июнь июня июн", "июль июля июл", "август августа авг",
                "сентябрь сентября сен сент", "октябрь октября окт", "ноябрь ноября ноя нояб",
                "декабрь декабря дек"},
            // Ukrainian (genitive)
            {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
                "жовтня", "листопада", "грудня"},
            // Polish (genitive)
            {"stycznia styczeń", "lutego luty", "marca marzec", "kwietnia kwiecień", "maja maj",
                "czerwca czerwiec", "lipca lipiec", "sierpnia sierpień", "września wrzesień",
                "października październik", "listopada", "grudnia grudzień"},
            // Turkish
            {"ocak", "şubat subat", "mart", "nisan", "mayıs mayis", "haziran", "temmuz", "ağustos agustos",
                "eylül eylul", "ekim", "kasım kasim", "aralık aralik"},
            // Romanian
            {"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
                "octombrie", "noiembrie", "decembrie"},
            // Arabic (the names used in Egypt and the Gulf)
            {"يناير", "فبراير", "مارس", "أبريل ابريل إبريل", "مايو", "يونيو يونيه", "يوليو يوليه", "أغسطس اغسطس",
                "سبتمبر", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"},
            // Czech (genitive)
            {"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
                "října", "listopadu", "prosince"},
        };
        Map<String, Integer> map = new HashMap<>();
        for (String[] language : names) {
            for (int m = 0; m < 12; m++) {
                for (String name : language[m].split(" ")) {
                    Integer prev = map.putIfAbsent(name, m + 1);
                    if (prev != null && prev != m + 1) {
                        throw new IllegalStateException("month name " + name + " is ambiguous");
                    }
                }
            }
        }
        return Map.copyOf(map);
    }
}
