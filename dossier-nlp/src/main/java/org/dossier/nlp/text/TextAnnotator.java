package org.dossier.nlp.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
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
 * <p>{@link #parse(Sentence)} adds part-of-speech tags, lemmas and a Universal Dependencies parse to
 * one sentence, on demand: the tagger and the neural dependency parser together run at about 3,000
 * tokens per second per core, so a step parses only the sentences it needs (the event coder parses the
 * sentences that may hold an event).
 *
 * <p>One pipeline per JVM, loaded on first use and shared (the tagger and parser on the first
 * {@link #parse}): CoreNLP's {@code annotate}, the tagger and the parser are thread-safe on separate
 * sentences, so this class is thread-safe.
 */
public final class TextAnnotator {
    /** The NER model file inside the CoreNLP models jar (the only model this pipeline loads). */
    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** The part-of-speech model {@link #parse} loads (the fastest English tagger CoreNLP ships). */
    public static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    /** The dependency model {@link #parse} loads: CoreNLP's neural parser trained on English UD. */
    public static final String DEPPARSE_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    /**
     * Sentences with more tokens than this are not parsed: news sentences stay under 80 tokens, and a
     * longer one is a list or a run-on dump whose parse would be slow and wrong.
     */
    public static final int MAX_PARSE_TOKENS = 150;

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

    /** The tagger and parser, loaded on the first {@link #parse}, once per JVM. */
    private static final class ParserHolder {
        static final MaxentTagger TAGGER;
        static final DependencyParser PARSER;
        /** The same parser's model run by a faster loop; empty if this CoreNLP is not built as it expects. */
        static final Optional<TransitionParser> FAST;

        static {
            RedwoodConfiguration.errorLevel().apply();
            TAGGER = new MaxentTagger(POS_MODEL);
            PARSER = DependencyParser.loadFromModelFile(DEPPARSE_MODEL);
            FAST = TransitionParser.of(PARSER);
        }
    }

    /** Forces the models to load now (a server or a benchmark does this before its first request). */
    public void warmUp() {
        annotate(Section.TITLE, 0, "Warm up.", new ArrayList<>());
    }

    /** Forces the tagger and parser to load now (they load separately, on the first {@link #parse}). */
    public void warmUpParser() {
        parseTokens(List.of("Warm", "up", "."));
    }

    /**
     * The part-of-speech tags, lemmas and dependency tree of {@code sentence}, over its own tokens; empty
     * when it has no tokens or more than {@link #MAX_PARSE_TOKENS}.
     *
     * <p>The tokenizer splits hyphenated words ("test - fired", "sit - in", "Jong - un"), which the tagger
     * and parser were not trained on: they see each such word whole, and in the returned parse its last
     * part carries the word's tag, lemma and attachment while the other parts attach to it as
     * {@code goeswith} (tag {@code HYPH} for the hyphen, {@code AFX} for the others).
     */
    public Optional<Parse> parse(Sentence sentence) {
        return parse(sentence, 0, sentence.tokens().size());
    }

    /**
     * As {@link #parse(Sentence)}, but only tokens {@code from} (inclusive) to {@code to} (exclusive) are
     * parsed: a dateline before ("MOSCOW (Agency) -", which would be read as the subject) and an
     * attribution after (", the ministry said.") cost time and say nothing about the event. The tokens
     * left out get the tag {@code NNP}, their lower-cased text as lemma, no head and the relation
     * {@code dep}.
     */
    public Optional<Parse> parse(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        if (n == 0 || n > MAX_PARSE_TOKENS || from < 0 || from >= to || to > n) {
            return Optional.empty();
        }
        List<Integer> starts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int k = 0; k < from; k++) {
            starts.add(k);
            words.add(tokens.get(k).text());
        }
        for (int i = from; i < to; ) {
            int j = i + 1;
            while (j + 1 < to && tokens.get(j).text().equals("-") && tokens.get(j - 1).end() == tokens.get(j).begin()
                    && tokens.get(j).end() == tokens.get(j + 1).begin() && wordy(tokens.get(j - 1).text())
                    && wordy(tokens.get(j + 1).text())) {
                j += 2;
            }
            starts.add(i);
            words.add(sentence.slice(tokens.get(i).begin(), tokens.get(j - 1).end()));
            i = j;
        }
        int kept = words.size();
        for (int k = to; k < n; k++) {
            starts.add(k);
            words.add(tokens.get(k).text());
        }
        Parse merged = parseTokens(words.subList(from, kept));
        String[] tags = new String[n];
        String[] lemmas = new String[n];
        Integer[] heads = new Integer[n];
        String[] relations = new String[n];
        for (int w = 0; w < words.size(); w++) {
            int first = starts.get(w);
            int last = (w + 1 < words.size() ? starts.get(w + 1) : n) - 1;
            if (w < from || w >= kept) {
                tags[first] = "NNP";
                lemmas[first] = tokens.get(first).text().toLowerCase(java.util.Locale.ROOT);
                heads[first] = -1;
                relations[first] = "dep";
                continue;
            }
            int m = w - from;
            for (int i = first; i < last; i++) {
                tags[i] = tokens.get(i).text().equals("-") ? "HYPH" : "AFX";
                lemmas[i] = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
                heads[i] = last;
                relations[i] = "goeswith";
            }
            tags[last] = merged.tag(m);
            lemmas[last] = merged.lemma(m);
            int h = merged.head(m);
            heads[last] = h < 0 ? -1 : end(starts, h + from, n);
            relations[last] = merged.relation(m);
        }
        return Optional.of(new Parse(Arrays.asList(tags), Arrays.asList(lemmas), Arrays.asList(heads),
                Arrays.asList(relations)));
    }

    /** The last sentence token of merged word {@code w}. */
    private static int end(List<Integer> starts, int w, int n) {
        return (w + 1 < starts.size() ? starts.get(w + 1) : n) - 1;
    }

    private static boolean wordy(String token) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.codePointAt(0))
                && Character.isLetterOrDigit(token.codePointBefore(token.length()));
    }

    /** Tags, lemmatises and parses one sentence given as words. */
    private static Parse parseTokens(List<String> words) {
        return parseTokens(words, ParserHolder.FAST.isPresent());
    }

    /**
     * As {@link #parseTokens(List)}, with the parser's model run by {@link TransitionParser} when
     * {@code fast}, else by CoreNLP's own loop (the tests compare the two).
     */
    static Parse parseTokens(List<String> words, boolean fast) {
        List<CoreLabel> labels = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            CoreLabel l = new CoreLabel();
            String w = normalise(words.get(i));
            l.setWord(w);
            l.setValue(w);
            l.setOriginalText(words.get(i));
            l.setIndex(i + 1);
            labels.add(l);
        }
        ParserHolder.TAGGER.tagCoreLabels(labels);
        // Morphology keeps a lexer: one per call, since an instance is not thread-safe.
        Morphology morphology = new Morphology();
        List<String> tags = new ArrayList<>(labels.size());
        List<String> lemmas = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            tags.add(l.tag());
            lemmas.add(morphology.lemma(l.word(), l.tag()));
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        Integer[] heads = new Integer[labels.size()];
        String[] relations = new String[labels.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        if (fast) {
            ParserHolder.FAST.orElseThrow().parse(sentence, heads, relations);
        } else {
            GrammaticalStructure gs = ParserHolder.PARSER.predict(sentence);
            for (TypedDependency d : gs.typedDependencies()) {
                int dep = d.dep().index() - 1;
                if (dep < 0 || dep >= heads.length) {
                    continue;
                }
                heads[dep] = d.gov().index() - 1;
                relations[dep] = d.reln().toString();
            }
        }
        return new Parse(tags, lemmas, Arrays.asList(heads), Arrays.asList(relations));
    }

    /** Whether parses run through {@link TransitionParser} (false only with a CoreNLP it cannot read). */
    static boolean fastParser() {
        return ParserHolder.FAST.isPresent();
    }

    /** The tagger was trained on straight quotes: curly ones would read as unknown symbols. */
    private static String normalise(String word) {
        return switch (word) {
            case "\u2019", "\u2018" -> "'";
            case "\u201c", "\u201d", "\u201e" -> "\"";
            case "\u2019s" -> "'s";
            default -> word;
        };
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
        List<List<Token>> split = new ArrayList<>();
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
            if (!split.isEmpty() && endsInTitleAbbreviation(split.get(split.size() - 1), tokens, text)) {
                List<Token> previous = split.get(split.size() - 1);
                Token abbreviation = previous.remove(previous.size() - 2);
                Token stop = previous.remove(previous.size() - 1);
                previous.add(new Token(text.substring(abbreviation.begin(), stop.end()), abbreviation.begin(),
                        stop.end(), NerTag.NONE));
                previous.addAll(tokens);
                continue;
            }
            split.add(tokens);
        }
        for (List<Token> tokens : split) {
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
     * Whether CoreNLP ended {@code previous} at an abbreviated title it does not know ("Presiding judge Mgr. Eva
     * Novak", "Ing. Petr Horak", "JUDr. Jana Mala"): its last tokens are a short capitalised word that no entity
     * tag covers and a full stop right after it, and the next sentence, on the same line, opens with a name. A
     * sentence that ends in a short name ("met Lee.") keeps its end: the tagger tags that word. CoreNLP knows the
     * common English abbreviations ("Dr.", "Gov.") and keeps them whole; this catches those of other languages'
     * academic and professional titles without listing them.
     */
    /** Words after which a short capitalised word is a noun, not an abbreviated title before a name. */
    private static final Set<String> NOT_BEFORE_TITLE = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "this", "that", "of", "by", "to", "for", "with", "from", "in", "on", "at");

    static boolean endsInTitleAbbreviation(List<Token> previous, List<Token> next, String text) {
        int n = previous.size();
        if (n < 2 || next.isEmpty()) {
            return false;
        }
        Token word = previous.get(n - 2);
        Token stop = previous.get(n - 1);
        Token name = next.get(0);
        // "40 MPs.", "the Army.", "his Dad.": a plural acronym, or a word after a determiner or number, ends a sentence
        String before = n >= 3 ? previous.get(n - 3).text().toLowerCase(Locale.ROOT) : "";
        if (word.text().matches("\\p{Lu}{2,}s") || NOT_BEFORE_TITLE.contains(before) || before.matches("\\d.*")) {
            return false;
        }
        // "Sen. Ma. Teresa Villaroman": a short word the tagger took for a name, right after an abbreviated title, is
        // a given name written short, not a sentence's end
        boolean afterTitle = n >= 3 && previous.get(n - 3).text().matches("\\p{Lu}\\p{L}{1,4}\\.");
        // "Governor Ma. Victoria dela Cruz": Philippine English writes María short as "Ma.", the first word of a name
        // (not Jack Ma's surname, which a given name comes before)
        afterTitle |= word.text().equals("Ma") && (n < 3 || previous.get(n - 3).ner() != NerTag.PERSON);
        // "The new prosecutor, Cllr. Yvonne Dweh-Kollie", "Its vice-president, Md. Rafiqul Islam": a word with no
        // vowel is an abbreviation, whatever the tagger made of it; but "Ng", a Chinese surname, is a name
        boolean voiceless = !word.text().equals("Ng") && !word.text().toLowerCase(Locale.ROOT).matches(".*[aeiouy].*");
        // the tagger may take "Md" for Maryland, which "Baltimore, Md." is: only after no place
        boolean afterPlace = n >= 4 && previous.get(n - 4).ner() == NerTag.LOCATION;
        return stop.text().equals(".") && word.end() == stop.begin()
                && (word.ner() == NerTag.NONE || (afterTitle || voiceless) && word.ner() == NerTag.PERSON
                || voiceless && word.ner() == NerTag.LOCATION && !afterPlace)
                && word.text().matches("\\p{Lu}[\\p{L}&&[^\\p{Lu}]]{1,3}|\\p{Lu}{1,3}\\p{Ll}{1,2}")
                && name.ner() == NerTag.PERSON && name.capitalized()
                && text.substring(stop.end(), name.begin()).matches("[ \\u00A0]{1,2}");
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
