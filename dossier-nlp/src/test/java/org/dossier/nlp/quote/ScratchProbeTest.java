package org.dossier.nlp.quote;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        String all = Files.readString(Path.of("/tmp/probe.txt"));
        for (String body : all.split("\n====\n")) {
            System.out.println("----");
            var doc = org.dossier.nlp.Shared.annotate(org.dossier.nlp.Shared.article(body, "2026-11-20"));
            if (System.getenv("TOKENS") != null) {
                doc.sentences().forEach(x -> System.out.println("   T " + x.tokens().stream()
                        .map(k -> k.text() + "/" + k.ner().name().charAt(0)).toList()));
            }
            if (System.getenv("MENTIONS") != null) {
                doc.mentions().forEach(m -> System.out.println("   M " + m.text() + " -> " + m.entityId() + " " + m.kind()));
                doc.entities().forEach(e -> System.out.println("   E " + e.id() + " " + e.titles()));
            }
            for (var q : QuoteExtractor.withDefaults().extract(doc)) {
                System.out.println((q.direct() ? "D" : "I") + " | " + q.text() + " | " + q.speaker().orElse("-") + " | "
                        + q.speakerTitle().orElse("-") + " | " + q.speakerId().orElse("-"));
            }
        }
    }
}
