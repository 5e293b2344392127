package org.dossier.core.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News agencies and how pages credit them: a byline or author field that is the agency
 * ("Associated Press", "Reuters", "연합뉴스"), a dateline credit ("WASHINGTON (AP) —", "(dpa)"), a
 * credit line ("Source: AFP", "Reuters, Washington") or an agency copyright under the story ("© 2019
 * The Associated Press"). Photo credits ("AP Photo/…", "REUTERS/…", "Photo: AFP") are not story
 * credits and are ignored. The agencies are given by their usual short names ("AP", "Reuters",
 * "AFP", "dpa", "Yonhap", "Xinhua"…). Stateless and thread-safe.
 */
public final class Wires {
    /** Each agency's usual name, then the other names pages credit it by (matched whole, ignoring case). */
    private static final String[][] AGENCIES = {
        {"AP", "Associated Press", "The Associated Press", "AP"},
        {"Reuters", "Reuters", "Thomson Reuters"},
        {"AFP", "AFP", "Agence France-Presse", "Agence France Presse"},
        {"dpa", "dpa", "Deutsche Presse-Agentur"},
        {"Yonhap", "Yonhap", "Yonhap News Agency", "Yonhap News", "연합뉴스"},
        {"Xinhua", "Xinhua", "Xinhua News Agency", "新华社", "新華社"},
        {"EFE", "EFE", "Agencia EFE"},
        {"CNS", "China News Service", "中新社", "中国新闻社"},
        {"ANSA", "ANSA"},
        {"Kyodo", "Kyodo", "Kyodo News", "共同通信"},
        {"Jiji", "Jiji Press", "時事通信"},
        {"TASS", "TASS", "ТАСС", "ITAR-TASS"},
        {"RIA Novosti", "RIA Novosti", "РИА Новости"},
        {"Interfax", "Interfax", "Интерфакс"},
        {"Sputnik", "Sputnik"},
        {"UPI", "UPI", "United Press International"},
        {"PA", "PA Media", "Press Association", "PA Wire"},
        {"Bloomberg", "Bloomberg", "Bloomberg News"},
        {"ANP", "ANP"},
        {"APA", "APA"},
        {"Belga", "Belga"},
        {"Keystone-SDA", "Keystone-SDA", "SDA", "ATS"},
        {"KNA", "KNA"},
        {"epd", "epd"},
        {"AAP", "AAP", "Australian Associated Press"},
        {"CP", "The Canadian Press", "Canadian Press"},
        {"PTI", "PTI", "Press Trust of India"},
        {"IANS", "IANS"},
        {"ANI", "ANI"},
        {"Anadolu", "Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA"},
        {"Lusa", "Lusa", "Agência Lusa"},
        {"Agência Brasil", "Agência Brasil"},
        {"Europa Press", "Europa Press"},
        {"Notimex", "Notimex"},
        {"Antara", "Antara", "ANTARA"},
        {"Bernama", "Bernama"},
        {"VNA", "VNA", "Vietnam News Agency", "TTXVN"},
        {"KCNA", "KCNA", "Korean Central News Agency"},
        {"PAP", "PAP", "Polish Press Agency"},
        {"ČTK", "ČTK", "CTK"},
        {"MTI", "MTI"},
        {"Ritzau", "Ritzau"},
        {"NTB", "NTB"},
        {"TT", "TT Nyhetsbyrån"},
        {"STT", "STT"},
        {"Agerpres", "Agerpres"},
        {"IRNA", "IRNA"},
        {"WAFA", "WAFA"},
        {"Prensa Latina", "Prensa Latina"},
        {"Tanjug", "Tanjug"},
        {"HINA", "HINA"},
        {"BTA", "BTA"},
        {"Ukrinform", "Ukrinform"},
        {"UNIAN", "UNIAN"},
        {"BelTA", "BelTA"},
        {"Newsis", "Newsis"},
        {"News1", "News1"},
        {"SANA", "SANA"},
        {"SPA", "SPA", "Saudi Press Agency"},
        {"WAM", "WAM"},
        {"QNA", "QNA", "Qatar News Agency"},
        {"KUNA", "KUNA"},
        {"MENA", "MENA"},
        {"ISNA", "ISNA"},
        {"BSS", "BSS"},
        {"APP", "APP", "Associated Press of Pakistan"},
        {"PNA", "PNA", "Philippine News Agency"},
        {"CNA", "Central News Agency"},
        {"AFX", "AFX"},
        {"Xinhua", "Xinhuanet"},
    };
    private static final Map<String, String> BY_NAME = index();
    private static final String ANY = alternation();
    /**
     * A dateline credit: "WASHINGTON (AP) —", "(Reuters) -", "Berlin (dpa) -", "(서울=연합뉴스)",
     * "新华社北京3月12日电" — not "(AP Photo/…)" nor a caption's closing "(AP)".
     */
    private static final Pattern DATELINE = Pattern.compile(
            "\\((?:[^()=]{1,15}=(" + ANY + ")\\)|(" + ANY + ")(?:\\s*[/,]\\s*(?!(?i:photo|foto))[^)]{1,30})?\\)\\s*[-–—:,])"
                    + "|^(" + ANY + ")[^\\s，,。]{0,12}[电電]");
    /** A credit line: the agency alone, after "By"/"Source:", or first before a comma or a date. */
    private static final Pattern CREDIT = Pattern.compile(
            "^\\s*(?:(?i:by|source|sources|quelle|fuente|fonte|bron|источник|agency|agencies|agence|agences|agencia"
                    + "|来源|來源|出典|출처|nguồn|theo)"
                    + "\\s*[:：]?\\s*)?(?:(?i:the)\\s+)?(" + ANY + ")(?:\\s*(?:$|[,|·•/–—-]|\\p{Lu}\\p{Ll}+\\s+\\d|\\d))");
    /** A source credit anywhere in a short line: "… 15:24 来源：新华社", "Quelle: dpa". */
    private static final Pattern SOURCE = Pattern.compile(
            "(?:^|[\\s|·•,，])(?i:source|sources|quelle|fuente|fonte|bron|источник|来源|來源|出典|출처|nguồn)\\s*[:：]\\s*("
                    + ANY + ")(?![\\p{L}])");
    /** A person credited with the agency: "Jane Doe, Associated Press", "Jane Doe | Reuters". */
    private static final Pattern PERSON_OF = Pattern.compile(
            "\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}[\\p{L}.'-]*){1,3}\\s*[,|/–—-]\\s*(?:(?i:the)\\s+)?(" + ANY + ")\\s*$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\([cC]\\)|(?i:copyright))\\s*(?:\\d{4}\\s*)?(?:(?i:the)\\s+)?(" + ANY + ")(?![\\p{L}/])");
    /** Photo credits name agencies too, and are not the story's credit. */
    private static final Pattern PHOTO = Pattern.compile(
            "(?i:\\b(?:photo|photos|foto|fotos|image|images|bild|picture|pictures|video|credit|crédit|ảnh)\\b|사진|写真|图片)"
                    + "|/\\s*\\p{Lu}\\p{Ll}+\\s+\\p{Lu}");

    private static final Pattern EDGE = Pattern.compile("^(?i:by)\\s+|[.,;:]+$");
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}\\p{N}])(" + ANY.replace("(?i:", "(?:")
            + ")(?![\\p{L}\\p{N}])");

    private Wires() {
    }

    /** Where the first agency name, written as the agency writes it, starts in {@code text}; -1 if none. */
    static int start(String text) {
        Matcher m = NAMED.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** The agency {@code credit} names when the whole credit is an agency ("The Associated Press"). */
    public static Optional<String> of(String credit) {
        if (credit.length() > 60) {
            return Optional.empty();
        }
        String c = EDGE.matcher(Text.squash(credit)).replaceAll("");
        return Optional.ofNullable(BY_NAME.get(c.toLowerCase(Locale.ROOT)));
    }

    /**
     * The agency a line of a story's header or first paragraph credits for the story: a dateline
     * credit, a credit line, a reporter's agency or an agency copyright; empty for photo credits and
     * for lines that credit none.
     */
    public static Optional<String> find(String line) {
        Matcher dateline = DATELINE.matcher(line);
        dateline.region(0, Math.min(line.length(), 160));
        if (dateline.find()) {
            for (int g = 1; g <= 3; g++) {
                if (dateline.group(g) != null) {
                    return of(dateline.group(g));
                }
            }
        }
        if (line.length() > 160 || PHOTO.matcher(line).find()) {
            return Optional.empty();
        }
        for (Pattern p : List.of(CREDIT, SOURCE, PERSON_OF, COPYRIGHT)) {
            Matcher m = p.matcher(line);
            if (p == CREDIT ? m.lookingAt() : m.find()) {
                Optional<String> agency = of(m.group(1));
                if (agency.isPresent()) {
                    return agency;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The agency {@code page} credits for its story: an agency as the JSON-LD or meta author, a
     * credit under the headline or in the first paragraph, or an agency copyright under the story.
     */
    static Optional<String> credited(Page page) {
        Optional<JsonNode> article = page.article();
        List<PageLines.Line> lines = page.lines();
        int at = page.at();
        if (article.isPresent()) {
            for (String key : List.of("author", "creator")) {
                JsonNode a = article.get().get(key);
                List<JsonNode> nodes = new ArrayList<>();
                if (a != null && a.isArray()) {
                    a.forEach(nodes::add);
                } else if (a != null) {
                    nodes.add(a);
                }
                for (JsonNode n : nodes) {
                    JsonNode r = page.ld().resolve(n);
                    Optional<String> credit = r.isTextual() ? Optional.of(r.asText()) : JsonLd.name(r);
                    Optional<String> agency = credit.flatMap(c -> Wires.of(c).or(() -> Wires.find(c)));
                    if (agency.isPresent()) {
                        return agency;
                    }
                }
            }
        }
        for (String k : Authors.AUTHOR_KEYS) {
            for (String v : page.meta().all(k)) {
                Optional<String> agency = Wires.of(v);
                if (agency.isPresent()) {
                    return agency;
                }
            }
        }
        for (PageLines.Line line : page.window()) {
            Optional<String> agency = Wires.find(line.text());
            if (agency.isPresent()) {
                return agency;
            }
        }
        // An agency's copyright under the story ("© 2019 The Associated Press").
        for (int i = Math.max(0, at + 1); i < lines.size() && i <= at + 400; i++) {
            String t = lines.get(i).text();
            if (t.length() < 200 && (t.contains("©") || t.toLowerCase(Locale.ROOT).contains("copyright"))) {
                Optional<String> agency = Wires.find(t);
                if (agency.isPresent()) {
                    return agency;
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> index() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] a : AGENCIES) {
            for (int i = 1; i < a.length; i++) {
                map.putIfAbsent(a[i].toLowerCase(Locale.ROOT), a[0]);
            }
            map.putIfAbsent(a[0].toLowerCase(Locale.ROOT), a[0]);
        }
        return Map.copyOf(map);
    }

    private static String alternation() {
        List<String> names = new ArrayList<>();
        for (String[] a : AGENCIES) {
            for (int i = 1; i < a.length; i++) {
                names.add(a[i]);
            }
        }
        names.sort((x, y) -> y.length() - x.length());
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(n));
        }
        return "(?i:" + sb + ")";
    }
}
