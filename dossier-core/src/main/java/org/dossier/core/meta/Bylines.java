package org.dossier.core.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names out of byline text in the languages news pages are written in ("By Park
 * Ji-won", "Von Anna Schmidt und Max Weber", "Par Jeanne Dupont", "Por María López", "Di Marco
 * Rossi", "Door Jan de Vries", "Текст: Мария Иванова", "홍길동 기자") and out of author fields of
 * metadata ("By TOM SMITH, AP Auto Writer", "Troy Smith, Cleveland.com", "Jane Doe, MS, RD"). Only
 * people come out: outlets, desks ("Staff", "Redaktion"), news agencies, e-mail addresses, handles,
 * links and "View all posts by" are dropped. Stateless and thread-safe.
 */
public final class Bylines {
    /** A byline marker at the start of a credit, in many languages, with an optional colon. */
    static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:(?:written|posted|reported|words|story|text|photos?|report|compiled|edited)"
                    + "(?:\\s+and\\s+\\w+)?\\s+by|by|von|text\\s+von|geschrieben\\s+von|verfasst\\s+von|par|publié\\s+par"
                    + "|écrit\\s+par|por|escrito\\s+por|publicado\\s+por|di|scritto\\s+da|a\\s+cura\\s+di|door|av|af|przez"
                    + "|oleh|bởi|text|texto|testo|tekst|autor|autora|autore|auteur|auteure|author|текст|автор"
                    + "|текст\\s+и\\s+фото|작성자|글|文|作者|记者|記者|tác\\s+giả)"
                    + "(?:\\s*[:：/／・]\\s*|\\s+)(?=\\S)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where a credit stops: a date, a time, or a word that starts the dateline or the update note. */
    private static final Pattern STOP = Pattern.compile(
            "\\d|\\s[|·•–—]\\s?|\\s-\\s|\\s/\\s|\\t|\\s?[(（\\[]|\\b(?:updated|published|posted|last\\s+modified|modified"
                    + "|aktualisiert|veröffentlicht|publiziert|publié|mis\\s+à\\s+jour|actualizado|publicado|atualizado"
                    + "|aggiornato|pubblicato|bijgewerkt|gepubliceerd|обновлено|опубликовано"
                    + "|(?:view|see|read|follow|email|e-mail|contact|more)\\s+(?:all|more|the|author|me|us|on|him|her"
                    + "|articles|posts|stories|from)|biography|author\\s+archive|rss)\\b"
                    + "|\\s(?:in|aus|from|à|desde|em|reporting\\s+from)\\s+(?=(?-i:\\p{Lu}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Between names: commas, "and" in many languages, ampersands, slashes. */
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*[,;&、/]\\s*|\\s+(?:and|und|et|y|e|i|en|и|dan|và|og|och|ve|és|with|mit|avec|con|com|AND|UND|ET)"
                    + "\\s+|(?<=\\p{Ll}{2})\\.\\s+(?=\\p{Lu})");
    /** A name written surname first: "Roe, Jane", "Roe, Jane A.". */
    private static final Pattern INVERTED = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+),\\s*(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.)?)");
    /** Where a line of facts divides: bars, middle dots, slashes and spaced dashes. */
    private static final Pattern PARTS = Pattern.compile("\\s+[|/·•]\\s+|\\s+[-–—]\\s+");
    /** Between a credit's names and their outlet: a comma or a bar. */
    private static final Pattern OUTLET_SEPARATOR = Pattern.compile("\\s*,\\s+|\\s+[|｜]\\s+");
    /** A byline, or a part of a line that is one, is a few words. */
    private static final int PART_WORDS = 12;
    private static final Pattern EMAIL_OR_LINK = Pattern.compile("\\S+@\\S+\\.\\p{L}{2,}|(?:https?://|www\\.)\\S+");

    private Bylines() {
    }

    /**
     * The names in a line that starts with a byline marker ("By …", "Von …", "Par …", "Текст: …"), or
     * empty if the line is not a byline.
     */
    public static Optional<List<String>> parse(String line) {
        Matcher m = MARKER.matcher(line);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String rest = line.substring(m.end());
        List<String> names = names(rest, Text.words(rest) <= 3);
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /**
     * The names of a byline set among other facts on one line ("20 May 2019 | Posted by Jane Roe and
     * Max Weber | 4 min read", "Von Anna Schmidt · 12. März 2019"): the first part of the line, split
     * at bars, middle dots, slashes and spaced dashes, that is a byline. Empty if no part is one.
     */
    public static Optional<List<String>> parseLine(String line) {
        for (String part : PARTS.split(line)) {
            if (Text.words(part) <= PART_WORDS) {
                Optional<List<String>> names = parse(part.strip());
                if (names.isPresent()) {
                    return names;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The people of a credit that names them and then their outlet, without a byline marker ("Jane
     * Roe, Example Gazette", "Jane Roe and Max Weber | Example Daily"): the part before the last comma
     * or bar must be names and nothing else, and the part after it an outlet ({@code outlet} says so,
     * or its words are an organisation's). Empty for anything else, and for a credit of an outlet
     * alone.
     *
     * @param outlet whether a text is the page's own outlet (its site names)
     */
    public static List<String> beforeOutlet(String line, Predicate<String> outlet) {
        String s = Text.squash(line);
        Matcher m = OUTLET_SEPARATOR.matcher(s);
        int cut = -1;
        int after = -1;
        while (m.find()) {
            cut = m.start();
            after = m.end();
        }
        if (cut <= 0 || Text.words(s) > PART_WORDS) {
            return List.of();
        }
        String people = s.substring(0, cut).strip();
        String org = s.substring(after).strip();
        if (org.isEmpty() || !(outlet.test(org) || Names.organisation(org)) || MARKER.matcher(people).lookingAt()) {
            return List.of();
        }
        List<String> names = names(people, false);
        // The part is the names and nothing more: not a sentence or a title that holds a name.
        int named = names.stream().mapToInt(Text::words).sum();
        return !names.isEmpty() && named == Text.words(SPLIT.matcher(people).replaceAll(" ")) ? names : List.of();
    }

    /**
     * The people named in an author field ("Anna Schmidt, Max Weber", "By TOM SMITH, AP Auto Writer"),
     * in order, without duplicates. A single word is not taken for a name here, since metadata often
     * holds log-in handles.
     */
    public static List<String> names(String text) {
        return names(text, false);
    }

    /**
     * The people named in a credit.
     *
     * @param allowSingle whether one capitalised word may be a name (a byline the page shows: "by Marisol")
     */
    static List<String> names(String text, boolean allowSingle) {
        String s = Text.squash(EMAIL_OR_LINK.matcher(text).replaceAll(" "));
        Matcher marker = MARKER.matcher(s);
        if (marker.lookingAt()) {
            s = s.substring(marker.end());
        }
        Matcher stop = STOP.matcher(s);
        if (stop.find()) {
            s = s.substring(0, stop.start());
        }
        int agency = Wires.start(s);
        if (agency > 0) {
            s = s.substring(0, agency); // "Jane Roe Associated Press": the agency is the employer, not a name
        }
        s = dropTrailingDateWords(s.strip());
        List<String> out = new ArrayList<>();
        String[] parts = SPLIT.split(s);
        Matcher inverted = INVERTED.matcher(s);
        if (inverted.matches()) {
            parts = new String[] {inverted.group(2) + " " + inverted.group(1)}; // "Roe, Jane" is Jane Roe
        }
        for (String part : parts) {
            Names.person(part, allowSingle && parts.length == 1 && !camelCase(part.strip()))
                    .filter(n -> out.stream().noneMatch(o -> o.equalsIgnoreCase(n)))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** "Reuters November" (cut before "18, 2019") loses its month word. */
    private static String dropTrailingDateWords(String s) {
        String out = s;
        while (true) {
            int sp = out.lastIndexOf(' ');
            if (sp < 0) {
                return out;
            }
            String last = out.substring(sp + 1);
            if (Months.of(last).isPresent() && !last.equalsIgnoreCase("may") && !last.equalsIgnoreCase("june")) {
                out = out.substring(0, sp).strip();
            } else {
                return out;
            }
        }
    }

    /** "LinkNaija", "WordPress": one word with a capital inside is a brand, not a one-word name. */
    private static boolean camelCase(String word) {
        return word.length() > 1 && word.substring(1).chars().anyMatch(Character::isUpperCase)
                && !word.contains("-") && !word.toLowerCase(Locale.ROOT).startsWith("mc");
    }
}
