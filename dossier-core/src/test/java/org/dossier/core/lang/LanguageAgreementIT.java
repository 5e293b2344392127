package org.dossier.core.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The language of each benchmark page's article body (its ground truth, so the extractor's quality
 * does not enter) against the language the page declares in {@code <html lang>}: a silver label,
 * since sites declare their template's language, not always the article's. Skips without the corpus.
 */
class LanguageAgreementIT {

    @Test
    void bodyLanguageAgreesWithDeclaredLanguage() throws IOException {
        Path aeb = Path.of(System.getProperty("dossier.corpus", "../shared/corpus"), "aeb");
        assumeTrue(Files.isRegularFile(aeb.resolve("ground-truth.json")), "no benchmark corpus at " + aeb);
        JsonNode truth = new ObjectMapper().readTree(aeb.resolve("ground-truth.json").toFile());
        int labelled = 0;
        int agree = 0;
        int unanswered = 0;
        List<String> disagreements = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            Optional<String> declared = declaredLanguage(aeb.resolve("html").resolve(page.getKey() + ".html.gz"));
            if (declared.isEmpty()) {
                continue;
            }
            labelled++;
            Optional<String> detected = LanguageId.detect(page.getValue().path("articleBody").asText());
            if (detected.equals(declared)) {
                agree++;
            } else {
                unanswered += detected.isEmpty() ? 1 : 0;
                disagreements.add(page.getKey().substring(0, 12) + " declared " + declared.get() + ", detected "
                        + detected.orElse("nothing"));
            }
        }
        System.out.printf("AEB body language vs <html lang>: %d pages labelled, %d agree (%.3f), %d unanswered%n",
                labelled, agree, agree / (double) labelled, unanswered);
        disagreements.forEach(d -> System.out.println("  " + d));
        assertTrue(agree >= labelled * 0.95, agree + " of " + labelled);
    }

    private static Optional<String> declaredLanguage(Path page) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            String lang = Jsoup.parse(in, StandardCharsets.UTF_8.name(), "").selectFirst("html").attr("lang");
            String primary = lang.split("[-_]")[0].strip().toLowerCase(Locale.ROOT);
            return primary.isEmpty() ? Optional.empty() : Optional.of(primary);
        }
    }
}
