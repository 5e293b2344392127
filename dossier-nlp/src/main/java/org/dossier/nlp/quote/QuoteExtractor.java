package org.dossier.nlp.quote;

import java.util.List;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;
import org.dossier.nlp.RecordStep;
import org.dossier.nlp.text.Document;

/**
 * The quote step: every quotation in an article's body with its speaker, and the speech it reports.
 *
 * <p>Direct quotes are the passages between quotation marks (straight, curly, AP's doubled apostrophes,
 * guillemets, German and single marks; nested quotes kept inside; a quotation over several paragraphs is one
 * quote) that are speech rather than a scare-quoted phrase: a short phrase inside a sentence with no frame
 * ("charm offensive") is not a quote. The turns of a transcript printed without quotation marks ("Senator HALLORAN:
 * Commissioner, …") are direct quotes too ({@link Transcript}). Each is attributed by the news frames around it, without a coreference
 * model: {@code "…," NAME, TITLE, told …}, {@code "…," said NAME}, {@code NAME said: "…"}, {@code "…," he
 * said} and {@code "…," the professor stated} (the most recent fitting speaker or person in focus), a
 * paragraph naming the speaker after a quotation that stands alone, a quotation continuing the previous
 * speaker, organisations and outlets ({@code "…," the ministry said}), a lead whose description ({@code …, the
 * head of the X Council said}) or opening quotation the next paragraph names, an interview's answers after its
 * unquoted questions (in a body with two or more such turns, or questions marked "Q:"), and the alternating turns
 * of an exchange after a question and its answer. Indirect quotes ({@code Shi suggested
 * that …}, {@code according to X, …}) have {@code direct == false} and the reported clause as their text.
 *
 * <p>The speaker is the entity's canonical name and id; the title is the appositive next to the quote when it
 * states one, else the fullest title the article gives the speaker. Offsets are in the body. Frames are read
 * in English only: in another language quotation marks are found but speakers are not. Quotes are taken
 * from the body only (captions and the title have no body offsets).
 *
 * <p>A sentence whose reported clause the word rules cannot bound ({@code X said rising costs and weak demand
 * had …}, {@code …, X told the board on Monday.}) is parsed ({@link org.dossier.nlp.text.TextAnnotator#parse}):
 * the clause is the speech verb's {@code ccomp} when its {@code nsubj} is the speaker phrase, and the words after
 * {@code told} are only the one spoken to when the parse finds no clause there. Only those sentences are parsed
 * (149 of the 5,901 sentences the passage-set tests read, 2.5%), each at most once.
 *
 * <p>Linear in the length of the body, plus the parse of those sentences. Stateless and thread-safe.
 */
public final class QuoteExtractor implements RecordStep {
    private static final QuoteExtractor DEFAULT = new QuoteExtractor();

    private QuoteExtractor() {
    }

    /** The extractor. */
    public static QuoteExtractor withDefaults() {
        return DEFAULT;
    }

    /** The quotes of the document's body, in body order. */
    public List<Quote> extract(Document document) {
        if (document.article().body().isBlank()) {
            return List.of();
        }
        return new Attribution(new Body(document)).run();
    }

    /** The record with the document's quotes. */
    @Override
    public Record apply(Document document, Record record) {
        return new Record(record.article(), record.entities(), extract(document), record.events());
    }
}
