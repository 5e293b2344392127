package org.dossier.core.lang;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a text as an ISO 639-1 code, reliably enough for a photo caption.
 *
 * <p>The script decides first: Hangul is Korean, kana Japanese, Han without kana Chinese, and Thai,
 * Greek, Hebrew, Georgian, Armenian and the Indic scripts each name their language. Latin text whose
 * words carry Vietnamese letters (ơ, ư, ă, đ, tone-marked vowels) is Vietnamese. Otherwise Apache
 * OpenNLP's language model (103 languages, from Maven Central, loaded once per JVM) chooses among the
 * languages written in the text's script, and its answer is kept only when it stands clearly above the
 * next one: on junk, names alone or a few words the answer is empty rather than a guess. Languages
 * that news is practically never written in (constructed, liturgical, or known to the model from
 * machine-made text) are not answered. Thread-safe.
 */
public final class LanguageId {
    /** Below this many letters (a Han, kana or Hangul character counting as three) a guess is not worth making. */
    private static final int MIN_LETTERS = 12;
    /** Enough text to be sure (a paragraph or two); longer texts are cut, since the model's cost grows with the length. */
    private static final int MAX_CHARS = 1500;
    /** How far the model's best language must stand above the next one, as a ratio of probabilities. */
    private static final double MIN_RATIO = 1.5;
    /** How much more likely the surrounding article's language is, before reading the text. */
    private static final double LIKELY_PRIOR = 2.0;
    /** Share of words with Vietnamese-only letters from which a Latin text is Vietnamese. */
    private static final double VIETNAMESE_WORDS = 0.2;

    /** The model's languages written in Cyrillic, Arabic or Devanagari script (three-letter codes). */
    private static final Set<String> CYRILLIC = Set.of("rus", "ukr", "bel", "bul", "mkd", "srp", "kaz", "kir",
            "tgk", "tat", "bak", "mon", "che");
    private static final Set<String> ARABIC = Set.of("ara", "pes", "fas", "urd", "pus", "pnb");
    private static final Set<String> DEVANAGARI = Set.of("hin", "mar", "nep");
    /** The model's languages in scripts that name their language already (never answered for Latin text). */
    private static final Set<String> OTHER_SCRIPTS = Set.of("cmn", "jpn", "kor", "tha", "ell", "heb", "hye", "kat",
            "tam", "tel", "kan", "mal", "guj", "pan", "ben", "sin");
    /**
     * Volapük, Esperanto, Latin, Sanskrit, and Wikipedias written mostly by bots (Waray, Cebuano,
     * Minangkabau) or in a romanisation no news uses (Min Nan): answering them for a short text is
     * almost always a mistake.
     */
    private static final Set<String> NOT_NEWS = Set.of("vol", "epo", "lat", "san", "war", "ceb", "min", "nan");
    /**
     * Regional languages the model readily offers for a few words of their big neighbour (Galician and
     * Asturian for Spanish, Low German for Dutch or German, Sundanese for Indonesian…): they need
     * twice the evidence.
     */
    private static final Set<String> REGIONAL = Set.of("ast", "glg", "oci", "bre", "fry", "lim", "nds", "gsw",
            "ltz", "fao", "sun", "jav", "mri", "bak", "tat", "che");
    private static final double REGIONAL_PRIOR = 0.5;
    /**
     * Standard varieties so close that a caption cannot tell them apart: the best of a group must
     * stand clear of the languages outside it, not of its siblings, and when it does not stand clear
     * of them the group's most written variety (first) is answered.
     */
    private static final List<List<String>> SIBLINGS = List.of(List.of("id", "ms"), List.of("hr", "bs", "sr"),
            List.of("nb", "nn", "no"));

    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

    static {
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                ISO3_TO_ISO1.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form is never a model answer
            }
        }
        // Locale still answers the withdrawn codes "in" and "iw" for Indonesian and Hebrew.
        ISO3_TO_ISO1.put("ind", "id");
        ISO3_TO_ISO1.put("heb", "he");
        ISO3_TO_ISO1.put("yid", "yi");
        // The model's individual-language codes that Locale does not map to their macro-language.
        ISO3_TO_ISO1.put("cmn", "zh");
        ISO3_TO_ISO1.put("pes", "fa");
        ISO3_TO_ISO1.put("lvs", "lv");
        ISO3_TO_ISO1.put("ekk", "et");
        ISO3_TO_ISO1.put("pnb", "pa");
        ISO3_TO_ISO1.put("plt", "mg");
    }

    private LanguageId() {
    }

    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageId.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("langdetect-183.bin is not on the classpath "
                            + "(org.apache.opennlp:opennlp-models-langdetect)");
                }
                // The model reads value by value: unbuffered, loading it takes seconds instead of a fraction.
                return new LanguageDetectorModel(new BufferedInputStream(in, 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language model", e);
            }
        }
    }

    private static final ThreadLocal<LanguageDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(ModelHolder.MODEL));

    /** The language of {@code text}, or empty when it is too short, not words, or not clear. */
    public static Optional<String> detect(String text) {
        return detect(text, Optional.empty());
    }

    /**
     * The language of {@code text}, where {@code likely} is the language of the document around it
     * (the article of a caption). The likely language is favoured as a prior, not imposed: a caption
     * plainly in another language still comes out as that language.
     *
     * @return the ISO 639-1 code, or empty when the text is too short, not words, or not clear
     */
    public static Optional<String> detect(String text, Optional<String> likely) {
        if (text == null) {
            return Optional.empty();
        }
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        // Vietnamese written with combining tone marks must look like the precomposed letters.
        String sample = Normalizer.isNormalized(cut, Normalizer.Form.NFC) ? cut : Normalizer.normalize(cut, Normalizer.Form.NFC);
        Scripts scripts = Scripts.of(sample);
        if (scripts.weightedLetters() < MIN_LETTERS) {
            return Optional.empty();
        }
        UnicodeScript script = scripts.dominant();
        Optional<String> byScript = Scripts.languageOf(script);
        if (byScript.isPresent()) {
            return byScript;
        }
        if (script == UnicodeScript.LATIN && isVietnamese(sample)) {
            return Optional.of("vi");
        }
        if (script != UnicodeScript.LATIN && script != UnicodeScript.CYRILLIC && script != UnicodeScript.ARABIC
                && script != UnicodeScript.DEVANAGARI) {
            return Optional.empty(); // a script the model does not know
        }
        return byModel(sample, script, likely);
    }

    private static Optional<String> byModel(String sample, UnicodeScript script, Optional<String> likely) {
        Map<String, Double> scores = new HashMap<>();
        for (Language l : DETECTOR.get().predictLanguages(sample)) {
            String code = l.getLang();
            if (NOT_NEWS.contains(code) || !writtenIn(code, script)) {
                continue;
            }
            double p = l.getConfidence() * (REGIONAL.contains(code) ? REGIONAL_PRIOR : 1);
            // Some languages have two codes in the model (pes and fas, ekk and est): take the stronger.
            scores.merge(ISO3_TO_ISO1.getOrDefault(code, code), p, Math::max);
        }
        likely.ifPresent(l -> scores.computeIfPresent(l, (k, v) -> v * LIKELY_PRIOR));
        Optional<String> best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (best.isEmpty()) {
            return Optional.empty();
        }
        List<String> siblings = SIBLINGS.stream().filter(g -> g.contains(best.get())).findFirst()
                .orElse(List.of(best.get()));
        double first = scores.get(best.get());
        if (first < runnerUp(scores, e -> !siblings.contains(e)) * MIN_RATIO) {
            return Optional.empty();
        }
        return first >= runnerUp(scores, e -> !e.equals(best.get())) * MIN_RATIO ? best : Optional.of(siblings.get(0));
    }

    private static double runnerUp(Map<String, Double> scores, Predicate<String> among) {
        return scores.entrySet().stream().filter(e -> among.test(e.getKey()))
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
    }

    private static boolean writtenIn(String code, UnicodeScript script) {
        switch (script) {
            case CYRILLIC:
                return CYRILLIC.contains(code);
            case ARABIC:
                return ARABIC.contains(code);
            case DEVANAGARI:
                return DEVANAGARI.contains(code);
            default: // Latin; Serbian is written in both scripts
                return (!CYRILLIC.contains(code) || code.equals("srp")) && !ARABIC.contains(code)
                        && !DEVANAGARI.contains(code) && !OTHER_SCRIPTS.contains(code);
        }
    }

    /**
     * Whether enough words carry letters (nearly) only Vietnamese uses: đ, ơ, ư and the vowels with a
     * tone mark in Unicode's Vietnamese block (ạ, ả, ấ … ỹ). Romanian ă and French or Portuguese â, ê,
     * ô do not count; Croatian đ is too rare in a text to reach the threshold alone.
     */
    private static boolean isVietnamese(String text) {
        int words = 0;
        int vietnamese = 0;
        boolean inWord = false;
        boolean marked = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                inWord = true;
                marked |= isVietnameseLetter(c);
            } else if (inWord) {
                words++;
                vietnamese += marked ? 1 : 0;
                inWord = false;
                marked = false;
            }
        }
        return vietnamese >= 2 && vietnamese >= words * VIETNAMESE_WORDS;
    }

    private static boolean isVietnameseLetter(char c) {
        return (c >= '\u1EA0' && c <= '\u1EF9') || c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư';
    }
}
