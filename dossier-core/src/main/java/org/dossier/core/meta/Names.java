package org.dossier.core.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a short string is a person's name, and its clean form: credentials, job titles, outlets,
 * e-mail addresses, handles and links around it removed, capitals restored in a name written all in
 * capitals. Works for names written in Latin, Cyrillic and Greek letters (capitalised words), for
 * Korean, Chinese and Japanese names (two to six characters), and for scripts without capitals
 * (two to four words). Stateless and thread-safe.
 */
final class Names {
    /** Words that make a credit an organisation, a desk or a placeholder rather than a person. */
    private static final Set<String> NOT_PERSON = Set.of(
            "news", "newsroom", "press", "staff", "staffs", "bureau", "desk", "team", "agency", "agencies",
            "editorial", "editors", "edition", "media", "network", "service", "services", "online", "digital",
            "magazine", "times", "post", "daily", "journal", "tribune", "herald", "gazette", "radio", "tv",
            "television", "channel", "redaktion", "rédaction", "redaction", "redacción", "redaccion", "redação",
            "redacao", "redazione", "redactie", "redaksi", "редакция", "admin", "administrator", "webmaster",
            "ministry", "ministries", "department", "university", "institute", "inc", "ltd", "llc", "corp",
            "company", "group", "association", "council", "government", "office", "foundation", "contributors",
            "writers", "reporters", "guest", "sponsored", "partner", "content", "studio", "blog", "blogger",
            "wire", "wires", "reports", "report", "correspondents", "unknown", "anonymous", "anonym", "anonyme",
            "anónimo", "editor", "board", "opinion", "sport", "sports", "world", "international",
            "national", "associated", "nachrichten", "nieuws", "noticias", "notícias", "notizie", "nouvelles",
            "новости", "agence", "agencia", "agência", "agenzia", "agencias", "agências", "agenzie", "agentur",
            "agenturen", "agences", "dpa", "afp", "ap", "ansa", "efe",
            "reuters", "bloomberg", "yonhap", "xinhua", "kyodo", "tass", "sputnik", "pti", "ians", "upi", "pa",
            "contributor", "com", "org", "net", "www", "http", "https", "facebook", "twitter", "instagram");
    /** Job titles and roles that follow or precede a name in a byline. */
    private static final Set<String> ROLE = Set.of(
            "staff", "writer", "reporter", "correspondent", "contributor", "columnist", "editor", "senior",
            "chief", "associate", "assistant", "deputy", "managing", "executive", "special", "political",
            "foreign", "business", "science", "health", "sports", "technology", "tech", "auto", "photographer",
            "producer", "analyst", "intern", "host", "author", "journalist", "freelance", "freelancer",
            "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autor", "autorin", "journaliste",
            "rédacteur", "rédactrice", "correspondant", "correspondante", "envoyé", "envoyée", "spécial",
            "periodista", "corresponsal", "redactor", "redactora", "giornalista", "corrispondente", "inviato",
            "jornalista", "repórter", "correspondente", "verslaggever", "журналист",
            "корреспондент", "обозреватель", "기자", "칼럼니스트", "특파원", "객원기자", "선임기자", "통신원",
            "논설위원", "평론가", "記者", "记者", "特派員", "特派员", "编辑", "編集", "phóng", "viên", "pv",
            "ms", "md", "phd", "rd", "rn", "cpa", "mba", "jr.", "sr.");
    private static final Set<String> HONORIFIC = Set.of("dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.",
            "ms.", "mx.", "sir", "dame", "herr", "frau", "m.", "mme", "mme.", "sr", "sra", "sra.", "dott.", "dott");
    private static final Set<String> PARTICLE = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du",
            "van", "von", "der", "den", "ter", "la", "le", "bin", "binti", "al", "el", "y", "e", "af", "zu", "ben",
            "ibn", "st.", "mac", "dit", "lo");
    private static final Set<String> ARTICLE = Set.of("the", "a", "an", "der", "die", "das", "les", "los", "las", "gli",
            "het", "een");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
            "samstag", "sonntag", "heute", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "hoy", "lunedì", "martedì",
            "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "oggi", "segunda", "terça", "quarta", "quinta",
            "sexta", "hoje", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");
    private static final Pattern EDGES = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s&&[^.’']]+$");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.’']+$");
    private static final Pattern ROMAN = Pattern.compile("(?:II|III|IV|VI{0,3})\\.?");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\p{L}{2,}");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|\\S+\\.(?:com|org|net|co\\.\\w+)\\b\\S*");
    private static final Pattern HANDLE = Pattern.compile("@\\w+");
    private static final Pattern HANGUL = Pattern.compile("[가-힣]{2,4}");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}々]{2,4}(?:\\s?[\\p{IsHan}々]{1,3})?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’.\\-]*");

    private Names() {
    }

    /**
     * The clean form of {@code candidate} if it names one person: "Nora Example Staff Writer" gives
     * "Nora Example", "JANE ROE" gives "Jane Roe", "Example News" or "Staff Reports" nothing.
     *
     * @param allowSingle whether one capitalised word may be a name ("by Marisol"); only for credits
     *                    the page shows, since metadata holds log-in handles of that shape
     */
    static Optional<String> person(String candidate, boolean allowSingle) {
        String s = EMAIL.matcher(candidate).replaceAll(" ");
        s = URL.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ");
        s = Text.squash(s);
        s = EDGES.matcher(s).replaceAll("");
        if (s.isEmpty() || s.length() > 80) {
            return Optional.empty();
        }
        Optional<String> eastAsian = eastAsian(s);
        if (eastAsian.isPresent()) {
            return eastAsian;
        }
        List<String> tokens = new ArrayList<>(List.of(s.split(" ")));
        while (!tokens.isEmpty() && (HONORIFIC.contains(lower(tokens.get(0))) || ROLE.contains(lower(tokens.get(0))))) {
            tokens.remove(0);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (ROLE.contains(lower(tokens.get(i))) && i >= 1) {
                tokens = new ArrayList<>(tokens.subList(0, i));
                break;
            }
        }
        if (tokens.isEmpty() || tokens.size() > 5 || (tokens.size() == 1 && !allowSingle)) {
            return Optional.empty();
        }
        if (tokens.size() > 1 && ARTICLE.contains(lower(tokens.get(0)))) {
            return Optional.empty(); // "The Russian …" is a group, not a person
        }
        int caps = 0;
        while (caps < tokens.size() && upperWord(tokens.get(caps))) {
            caps++;
        }
        if (caps >= 2 && caps < tokens.size()) {
            tokens = new ArrayList<>(tokens.subList(0, caps)); // "JANE ROE Example Gazette"
        }
        boolean allCaps = tokens.size() >= 2 && tokens.stream().allMatch(Names::upperWord);
        List<String> out = new ArrayList<>();
        int capitalised = 0;
        for (String t : tokens) {
            if (!WORD.matcher(t).matches() || notPerson(t)) {
                return Optional.empty();
            }
            if (ROMAN.matcher(t).matches() && !out.isEmpty()) {
                out.add(t); // "John Smith III"
                continue;
            }
            String w = allCaps ? titleCase(t) : t;
            int first = w.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                if (w.length() > 1 && upperWord(w) && !allCaps && !INITIAL.matcher(w).matches()) {
                    return Optional.empty(); // an acronym (IGN, BBC) is an outlet, not a name
                }
                capitalised++;
            } else if (Character.isLowerCase(first) && !PARTICLE.contains(lower(w))) {
                return Optional.empty();
            } else if (!Character.isLowerCase(first) && !Character.isLetter(first)) {
                return Optional.empty();
            }
            out.add(w);
        }
        boolean caseless = tokens.stream().noneMatch(t -> hasCase(t));
        if (capitalised == 0 && !caseless) {
            return Optional.empty();
        }
        if (caseless && tokens.size() < 2) {
            return Optional.empty();
        }
        if (tokens.size() == 1 && (s.length() < 3 || s.endsWith(".") || Months.of(s).isPresent()
                || WEEKDAYS.contains(lower(s)))) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", out));
    }

    /** Whether a word (or a part of a hyphenated word: "Online-Redaktion") marks an organisation or desk. */
    private static boolean notPerson(String word) {
        String w = TRAILING_DOTS.matcher(lower(word)).replaceAll("");
        if (NOT_PERSON.contains(w)) {
            return true;
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (NOT_PERSON.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code text} reads as an organisation or a placeholder credit ("Staff Reports", "CBS News"). */
    static boolean organisation(String text) {
        for (String t : text.toLowerCase(Locale.ROOT).split("[\\s,.|·/()\\-]+")) {
            if (NOT_PERSON.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is a job title or role word of a byline. */
    static boolean role(String word) {
        return ROLE.contains(lower(word));
    }

    private static Optional<String> eastAsian(String s) {
        String t = s;
        for (String r : List.of("객원기자", "선임기자", "기자", "칼럼니스트", "특파원", "통신원", "논설위원", "평론가", "記者",
                "记者", "特派員", "特派员", "编辑", "編集")) {
            t = t.replace(r, " ");
        }
        t = Text.squash(t);
        if (HANGUL.matcher(t).matches()) {
            return Optional.of(t);
        }
        if (HAN.matcher(t).matches() && t.codePoints().filter(Character::isIdeographic).count() <= 6) {
            return Optional.of(t);
        }
        return Optional.empty();
    }

    private static boolean upperWord(String t) {
        boolean letter = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    private static boolean hasCase(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** "MCDONALD-SMITH" → "Mcdonald-Smith"; "O'BRIEN" → "O'Brien". */
    private static String titleCase(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        boolean start = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == '\'' || c == '’' || c == '.';
        }
        String out = sb.toString();
        return PARTICLE.contains(out.toLowerCase(Locale.ROOT)) ? out.toLowerCase(Locale.ROOT) : out;
    }

    private static String lower(String t) {
        return t.toLowerCase(Locale.ROOT);
    }
}
