package org.dossier.core.capture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.lang.LanguageId;

/**
 * A capture read into lines, with the page's language, its function words and how often each line
 * recurs. Building one is linear in the capture's length. Immutable.
 */
final class Page {
    /** Lines at least this long are prose candidates worth a language guess. */
    private static final int SAMPLE_LINE_CHARS = 60;
    private static final int SAMPLE_CHARS = 4000;
    /** Lines with at least this many tokens feed the stand-in function words. */
    private static final int LONG_LINE_TOKENS = 12;
    /** Enough long lines to see which words are everywhere. */
    private static final int ADAPTIVE_LINES = 2000;

    final List<Line> lines;
    final Optional<String> language;
    final Set<String> stopWords;
    /** Whether {@link #stopWords} is a real list rather than a stand-in. */
    final boolean listedLanguage;
    private final int[] occurrences;
    private final int[] shapes;
    private final boolean[] footers;
    /** First line of each line's block (lines between blank lines). */
    private final int[] blockStart;
    /** Last line of each line's block. */
    private final int[] blockEnd;

    private Page(List<Line> lines, Optional<String> language, Set<String> stopWords, boolean listedLanguage,
                 int[] occurrences, int[] shapes, boolean[] footers) {
        this.lines = lines;
        this.language = language;
        this.stopWords = stopWords;
        this.listedLanguage = listedLanguage;
        this.occurrences = occurrences;
        this.shapes = shapes;
        this.footers = footers;
        this.blockStart = new int[lines.size()];
        this.blockEnd = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            blockStart[i] = lines.get(i).blankBefore ? i : blockStart[i - 1];
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            blockEnd[i] = i + 1 == lines.size() || lines.get(i + 1).blankBefore ? i : blockEnd[i + 1];
        }
    }

    static Page read(String capture) {
        List<String> texts = new ArrayList<>();
        List<Boolean> blank = new ArrayList<>();
        boolean sawBlank = true;
        int start = 0;
        int n = capture.length();
        while (start <= n) {
            int end = capture.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = normalise(capture, start, end);
            if (line.isEmpty()) {
                sawBlank = true;
            } else {
                texts.add(line);
                blank.add(sawBlank);
                sawBlank = false;
            }
            start = end + 1;
        }
        Optional<String> language = LanguageId.detect(sample(texts));
        Set<String> listed = language.map(StopWords::forLanguage).orElse(Set.of());
        Set<String> stops = listed;
        if (listed.isEmpty()) {
            List<List<String>> longLines = new ArrayList<>();
            for (String t : texts) {
                List<String> tokens = Line.tokens(t.length() > 2000 ? t.substring(0, 2000) : t);
                if (tokens.size() >= LONG_LINE_TOKENS && longLines.size() < ADAPTIVE_LINES) {
                    longLines.add(tokens);
                }
            }
            stops = StopWords.adaptive(longLines);
        }
        List<Line> lines = new ArrayList<>(texts.size());
        Map<String, Integer> keys = new HashMap<>();
        Map<String, Integer> shapeKeys = new HashMap<>();
        int[] keyOf = new int[texts.size()];
        int[] shapeOf = new int[texts.size()];
        boolean[] footers = new boolean[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            Line line = new Line(i, texts.get(i), blank.get(i), stops);
            lines.add(line);
            String key = String.join(" ", line.tokens);
            keyOf[i] = keys.computeIfAbsent(key, k -> keys.size());
            shapeOf[i] = shapeKeys.computeIfAbsent(withoutNumbers(key), k -> shapeKeys.size());
            footers[i] = Boilerplate.copyright(line);
        }
        return new Page(List.copyOf(lines), language, stops, !listed.isEmpty(), counts(keyOf, keys.size()),
                counts(shapeOf, shapeKeys.size()), footers);
    }

    /** The text with every run of digits made one zero. */
    private static String withoutNumbers(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '0') {
                    sb.append('0');
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the line is a copyright notice (computed once: the widening and the masthead ask often). */
    boolean footer(Line line) {
        return footers[line.index];
    }

    private static int[] counts(int[] keyOf, int keys) {
        int[] perKey = new int[keys];
        for (int k : keyOf) {
            perKey[k]++;
        }
        return Arrays.stream(keyOf).map(k -> perKey[k]).toArray();
    }

    /** How many lines of the page read the same as this one (1 when it is unique). */
    int occurrences(Line line) {
        return occurrences[line.index];
    }

    /**
     * How many lines read the same once numbers are set aside ("3 comments", "Rating: 12 votes"):
     * the recurring furniture of lists and comment threads.
     */
    int shapeOccurrences(Line line) {
        return shapes[line.index];
    }

    int size() {
        return lines.size();
    }

    Line get(int i) {
        return lines.get(i);
    }

    /** Whether the next line starts a new block (a blank line or the end of the page follows). */
    boolean blankAfter(Line line) {
        return blockEnd[line.index] == line.index;
    }

    /** The first line of the block (the run of lines between blank lines) that holds this line. */
    int blockStart(Line line) {
        return blockStart[line.index];
    }

    /** The last line of the block that holds this line. */
    int blockEnd(Line line) {
        return blockEnd[line.index];
    }

    /** Whether the line stands alone between blank lines, as paragraphs and subheadings do. */
    boolean alone(Line line) {
        return blockStart[line.index] == line.index && blockEnd[line.index] == line.index;
    }

    /** The language guess rests on the longer lines, where prose is. */
    private static String sample(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            if (t.length() >= SAMPLE_LINE_CHARS) {
                sb.append(t, 0, Math.min(t.length(), SAMPLE_CHARS)).append('\n');
                if (sb.length() >= SAMPLE_CHARS) {
                    break;
                }
            }
        }
        return sb.toString();
    }

    /**
     * The line between {@code start} and {@code end} with spacing made plain: no-break and
     * zero-width spaces are what a browser copy leaves behind, not content.
     */
    private static String normalise(String s, int start, int end) {
        StringBuilder sb = new StringBuilder(Math.min(end - start, 256));
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
