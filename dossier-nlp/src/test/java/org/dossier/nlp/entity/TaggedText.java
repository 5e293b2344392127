package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.text.NerTag;
import org.dossier.nlp.text.Section;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.Token;

/**
 * Body sentences written for the entity tests, one per line, tokens split on spaces, with the tagger's tags given by
 * hand: "Brannock/P" is a token the tagger typed PERSON, "/O" ORGANIZATION, "/L" LOCATION; "~" joins a token to the
 * one before without a space ("Kell ~-/P ~Roth/P" is "Kell-Roth").
 */
final class TaggedText {
    private TaggedText() {
    }

    static List<Sentence> sentences(String... lines) {
        List<Sentence> sentences = new ArrayList<>();
        for (String line : lines) {
            StringBuilder text = new StringBuilder();
            List<Token> tokens = new ArrayList<>();
            for (String w : line.split(" ")) {
                int slash = w.lastIndexOf('/');
                NerTag tag = NerTag.NONE;
                if (slash > 0 && w.length() - slash == 2) {
                    tag = switch (w.charAt(slash + 1)) {
                        case 'P' -> NerTag.PERSON;
                        case 'O' -> NerTag.ORGANIZATION;
                        default -> NerTag.LOCATION;
                    };
                    w = w.substring(0, slash);
                }
                boolean joined = w.startsWith("~") && w.length() > 1;
                w = joined ? w.substring(1) : w;
                if (text.length() > 0 && !joined) {
                    text.append(' ');
                }
                tokens.add(new Token(w, text.length(), text.length() + w.length(), tag));
                text.append(w);
            }
            sentences.add(new Sentence(sentences.size(), Section.BODY, 0, sentences.size(), 0, text.length(),
                    text.toString(), tokens));
        }
        return sentences;
    }
}
