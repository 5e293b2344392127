package org.dossier.core.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a text as an ISO 639-1 code. Uses Apache OpenNLP's language model
 * (103 languages, from Maven Central), loaded once per JVM on first use. Thread-safe.
 */
public final class LanguageId {
    /** Below this many letters a guess is not worth making. */
    private static final int MIN_LETTERS = 12;
    /** Enough text to be sure; longer texts are cut to keep the cost flat. */
    private static final int MAX_CHARS = 4000;

    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

    static {
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                ISO3_TO_ISO1.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form is never a model answer
            }
        }
        // The model's macro-language and individual-language codes that Locale does not map.
        ISO3_TO_ISO1.put("cmn", "zh");
        ISO3_TO_ISO1.put("zsm", "ms");
        ISO3_TO_ISO1.put("pes", "fa");
        ISO3_TO_ISO1.put("nob", "no");
        ISO3_TO_ISO1.put("nno", "nn");
        ISO3_TO_ISO1.put("ekk", "et");
        ISO3_TO_ISO1.put("lvs", "lv");
        ISO3_TO_ISO1.put("arb", "ar");
        ISO3_TO_ISO1.put("swh", "sw");
        ISO3_TO_ISO1.put("uzn", "uz");
        ISO3_TO_ISO1.put("azj", "az");
        ISO3_TO_ISO1.put("khk", "mn");
        ISO3_TO_ISO1.put("npi", "ne");
        ISO3_TO_ISO1.put("plt", "mg");
        ISO3_TO_ISO1.put("ory", "or");
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
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language model", e);
            }
        }
    }

    private static final ThreadLocal<LanguageDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(ModelHolder.MODEL));

    /** The language of {@code text}, or empty when it is too short or mostly not letters. */
    public static Optional<String> detect(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        Language best = DETECTOR.get().predictLanguage(sample);
        String code = best.getLang();
        return Optional.of(ISO3_TO_ISO1.getOrDefault(code, code));
    }
}
