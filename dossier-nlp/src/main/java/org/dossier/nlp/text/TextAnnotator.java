package org.dossier.nlp.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dossier.core.model.Article;

/**
 * Tokens, sentences and statistical NER tags for the title, body and captions of an article, with
 * CoreNLP.
 *
 * <p>The pipeline is {@code tokenize, ssplit, ner} with only the three-class distsim CRF
 * (PERSON, ORGANIZATION, LOCATION): that model uses no part-of-speech features, so the POS tagger and
 * lemmatiser are not run, and SUTime, the numeric classifiers, the fine-grained regexner rules and
 * entity-mention building are all switched off. Dates are resolved by the project's own rules
 * ({@code org.dossier.nlp.time}) and entity types are corrected by {@code org.dossier.nlp.entity}.
 * This runs about 15-20 times faster than CoreNLP's stock {@code tokenize,ssplit,pos,lemma,ner}.
 *
 * <p>One pipeline per JVM, loaded on first use and shared: CoreNLP's {@code annotate} is thread-safe
 * on separate documents, so this class is thread-safe.
 */
public final class TextAnnotator {
    /** The NER model file inside the CoreNLP models jar (the only model this pipeline loads). */
    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** Sentences longer than this are cut into pieces of this many tokens (news sentences stay under 100). */
    public static final int MAX_SENTENCE_TOKENS = 400;

    private static final TextAnnotator SHARED = new TextAnnotator();

    private TextAnnotator() {
    }

    /** The shared annotator; the CoreNLP models load on the first {@link #annotate} call. */
    public static TextAnnotator shared() {
        return SHARED;
    }

    /** The pipeline properties (an immutable copy's worth: callers get a fresh object). */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        // ner requires pos and lemma by declaration; the 3-class CRF reads neither.
        p.setProperty("enforceRequirements", "false");
        // Keep odd characters as tokens, silently: pages carry symbols CoreNLP would warn about.
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        // A blank line ends a sentence: headings and paragraphs never run into the next one.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.statisticalOnly", "true");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    /** Loaded on first use, once per JVM (class initialisation is thread-safe and lazy). */
    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = load();

        private static StanfordCoreNLP load() {
            // CoreNLP reports every annotator it loads on standard error; only its errors matter here.
            RedwoodConfiguration.errorLevel().apply();
            return new StanfordCoreNLP(properties());
        }
    }

    /** Forces the models to load now (a server or a benchmark does this before its first request). */
    public void warmUp() {
        annotate(Section.TITLE, 0, "Warm up.", new ArrayList<>());
    }

    /**
     * The sentences of the title, body and captions of {@code article}, in that order, with
     * {@link Sentence#index()} their position in the returned list.
     */
    public List<Sentence> annotate(Article article) {
        List<Sentence> out = new ArrayList<>();
        article.title().ifPresent(t -> annotate(Section.TITLE, 0, t, out));
        annotate(Section.BODY, 0, article.body(), out);
        for (int i = 0; i < article.captions().size(); i++) {
            annotate(Section.CAPTION, i, article.captions().get(i), out);
        }
        return out;
    }

    private void annotate(Section section, int part, String text, List<Sentence> out) {
        if (text.isBlank()) {
            return;
        }
        Annotation doc = new Annotation(openingMarks(text));
        Holder.PIPELINE.annotate(doc);
        List<Integer> paragraphStarts = paragraphStarts(text);
        int paragraph = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                int b = l.beginPosition();
                int e = l.endPosition();
                tokens.add(new Token(text.substring(b, e), b, e, NerTag.of(l.ner())));
            }
            // A "sentence" of thousands of tokens is a list or a dump without punctuation: cut it so that
            // every later step works on bounded sentences.
            for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
                List<Token> chunk = tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS));
                int begin = chunk.get(0).begin();
                int end = chunk.get(chunk.size() - 1).end();
                while (paragraph + 1 < paragraphStarts.size() && paragraphStarts.get(paragraph + 1) <= begin) {
                    paragraph++;
                }
                out.add(new Sentence(out.size(), section, part, paragraph, begin, end, text.substring(begin, end),
                        chunk));
            }
        }
    }

    /**
     * The text as CoreNLP should read it: an opening AP mark ({@code ''} before a word, after a space or at the start)
     * written as {@code ``}, which CoreNLP reads as opening; it reads {@code ''} as closing and would attach the mark,
     * and so the start of the quotation's sentence, to the sentence before. Same length, so every offset holds; the
     * tokens keep the source text.
     */
    static String openingMarks(String text) {
        int i = text.indexOf("''");
        if (i < 0) {
            return text;
        }
        char[] c = text.toCharArray();
        for (; i >= 0; i = text.indexOf("''", i + 2)) {
            boolean spaceBefore = i == 0 || Character.isWhitespace(c[i - 1]) || c[i - 1] == '(' || c[i - 1] == '\u00A0';
            boolean wordAfter = i + 2 < c.length && Character.isLetterOrDigit(c[i + 2]);
            if (spaceBefore && wordAfter) {
                c[i] = '`';
                c[i + 1] = '`';
            }
        }
        return new String(c);
    }

    private static List<Integer> paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
            starts.add(i + 2);
        }
        return starts;
    }
}
