package org.dossier.nlp.text;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's neural dependency parser ({@code nndep}) with its own model and transition system, run by a
 * faster loop. Dependency parsing is most of what {@code analyze} costs beyond NER, and most of the
 * parser's time goes into the output layer: a score for each of its 2 &times; labels + 1 transitions
 * at every step, each a dot product over the hidden layer, computed one multiply-add after the other.
 *
 * <p>This loop gives the same parse with less work:
 * <ul>
 *   <li>it computes no scores when only one transition can apply;</li>
 *   <li>it sums the output scores over the hidden layer with the transposed weights, so that the inner
 *       loop adds one hidden unit's share to every score at once, over consecutive memory the JIT
 *       vectorises; each score is still summed in CoreNLP's order, so the numbers are the same;</li>
 *   <li>it reads the heads and labels from the final configuration, without building CoreNLP's
 *       grammatical structure; the one correction that structure makes to labels (a subject of a verb
 *       with a passive auxiliary is a passive subject) is made here too.</li>
 * </ul>
 * The hidden layer is computed exactly as CoreNLP computes it (the same sums in the same order), from
 * the parser's weights and its pre-computed activations of frequent features.
 *
 * <p>CoreNLP does not expose the weights' holder, the transition system or the pre-computed table; they
 * are read once by reflection from {@link DependencyParser} 4.5 and {@link Classifier}. Should a
 * CoreNLP release change them, {@link #of} gives empty and the caller uses CoreNLP's own
 * {@code predict}.
 *
 * <p>Thread-safe: the weights are only read; the cache of activations of features that were not
 * pre-computed is a concurrent map that stops growing at {@link #MAX_CACHED}.
 */
final class TransitionParser {

    /** Features in CoreNLP's feature vector (words, tags and labels around the stack and buffer). */
    private static final int FEATURES = 48;

    /** Cached activations of features CoreNLP did not pre-compute: about 800 bytes each. */
    private static final int MAX_CACHED = 100_000;

    private final DependencyParser parser;
    private final ArcStandard system;
    private final MethodHandle featureArray;
    private final float[][] w1;
    private final float[] b1;
    /** The output layer's weights, transposed (hidden unit by transition) and widened to double. */
    private final double[][] outputByHidden;
    private final float[][] embeddings;
    private final double[][] saved;
    private final Map<Integer, Integer> preComputed;
    private final List<String> transitions;
    /** For each transition, its class: arc left or right, to the root label or not, or shift. */
    private final int[] transitionClass;
    /**
     * For each class, one transition of it: whether a transition can apply depends only on its class
     * (ArcStandard reads the label only to compare it with the root label).
     */
    private final String[] classExample;
    private final int[] classSize;
    private final int[] firstOfClass;
    private final Map<Integer, float[]> cached = new ConcurrentHashMap<>();

    private TransitionParser(DependencyParser parser, ArcStandard system, MethodHandle featureArray,
            Classifier classifier, double[][] saved, Map<Integer, Integer> preComputed, List<String> transitions,
            String rootLabel) {
        this.parser = parser;
        this.system = system;
        this.featureArray = featureArray;
        this.w1 = classifier.getW1();
        this.b1 = classifier.getb1();
        float[][] w2 = classifier.getW2();
        this.outputByHidden = new double[b1.length][w2.length];
        for (int t = 0; t < w2.length; t++) {
            for (int i = 0; i < b1.length; i++) {
                outputByHidden[i][t] = w2[t][i];
            }
        }
        this.embeddings = classifier.getE();
        this.saved = saved;
        this.preComputed = preComputed;
        this.transitions = List.copyOf(transitions);
        this.transitionClass = new int[transitions.size()];
        this.classExample = new String[5];
        this.classSize = new int[5];
        this.firstOfClass = new int[5];
        for (int t = 0; t < transitions.size(); t++) {
            String name = transitions.get(t);
            int k = name.startsWith("L(") ? 0 : name.startsWith("R(") ? 2 : 4;
            if (k < 4 && name.substring(2, name.length() - 1).equals(rootLabel)) {
                k++;
            }
            transitionClass[t] = k;
            if (classExample[k] == null) {
                classExample[k] = name;
                firstOfClass[k] = t;
            }
            classSize[k]++;
        }
    }

    /**
     * The fast loop over {@code parser}'s model, or empty when this CoreNLP's parser is not built the way
     * this class reads it (then parse with {@link DependencyParser#predict}).
     */
    static Optional<TransitionParser> of(DependencyParser parser) {
        try {
            Object system = field(DependencyParser.class, "system").get(parser);
            Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            if (!(system instanceof ArcStandard arcStandard) || classifier == null) {
                return Optional.empty();
            }
            double[][] saved = (double[][]) field(Classifier.class, "saved").get(classifier);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
            @SuppressWarnings("unchecked")
            List<String> transitions = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            String rootLabel = (String) field(ParsingSystem.class, "rootLabel").get(system);
            Method features = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
            features.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflect(features);
            if (saved == null || preMap == null || transitions.size() != classifier.getW2().length
                    || classifier.getW1().length != classifier.getb1().length) {
                return Optional.empty();
            }
            return Optional.of(new TransitionParser(parser, arcStandard, handle, classifier, saved, preMap,
                    transitions, rootLabel));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /**
     * The dependency tree of {@code sentence} (its tokens tagged): for each token, the index of its head
     * (-1 for the root) in {@code heads} and its relation in {@code relations}.
     */
    void parse(CoreMap sentence, Integer[] heads, String[] relations) {
        Configuration c = system.initialConfiguration(sentence);
        double[] hidden = new double[b1.length];
        double[] scores = new double[transitions.size()];
        boolean[] canApply = new boolean[classExample.length];
        while (!system.isTerminal(c)) {
            int applicable = 0;
            int last = -1;
            for (int k = 0; k < classExample.length; k++) {
                canApply[k] = classExample[k] != null && system.canApply(c, classExample[k]);
                if (canApply[k]) {
                    applicable += classSize[k];
                    last = k;
                }
            }
            if (applicable == 0) {
                throw new IllegalStateException("no transition applies to " + c);
            }
            int best = applicable == 1 ? firstOfClass[last] : best(c, hidden, scores, canApply);
            system.apply(c, transitions.get(best));
        }
        for (int k = 0; k < heads.length; k++) {
            heads[k] = c.getHead(k + 1) - 1;
            relations[k] = c.getLabel(k + 1);
        }
        passiveSubjects(heads, relations);
    }

    /**
     * The subject of a verb with a passive auxiliary is a passive subject, whatever the transition that
     * attached it said: CoreNLP's grammatical structure corrects the labels so, and its parses are the
     * ones the rules were written against.
     */
    private static void passiveSubjects(Integer[] heads, String[] relations) {
        for (int aux = 0; aux < heads.length; aux++) {
            if (!relations[aux].equals("aux:pass") || heads[aux] < 0) {
                continue;
            }
            for (int k = 0; k < heads.length; k++) {
                if (heads[k].equals(heads[aux]) && (relations[k].equals("nsubj") || relations[k].equals("csubj"))) {
                    relations[k] += ":pass";
                }
            }
        }
    }

    /** The transition that scores highest of those that can apply; the first of equals, as in CoreNLP. */
    private int best(Configuration c, double[] hidden, double[] scores, boolean[] canApply) {
        hidden(features(c), hidden);
        // Row by row of the transposed output weights: each score is summed over the hidden layer in
        // CoreNLP's order, and the inner loop runs over consecutive doubles, which the JIT vectorises.
        Arrays.fill(scores, 0);
        for (int i = 0; i < hidden.length; i++) {
            double h = hidden[i];
            double[] row = outputByHidden[i];
            for (int t = 0; t < scores.length; t++) {
                scores[t] += h * row[t];
            }
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < scores.length; t++) {
            if (scores[t] > bestScore && canApply[transitionClass[t]]) {
                bestScore = scores[t];
                best = t;
            }
        }
        return best;
    }

    private int[] features(Configuration c) {
        try {
            return (int[]) featureArray.invokeExact(parser, c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hidden layer for {@code features}, summed in CoreNLP's order, cubed. */
    private void hidden(int[] features, double[] hidden) {
        Arrays.fill(hidden, 0);
        int embedding = embeddings[0].length;
        for (int j = 0; j < features.length; j++) {
            int token = features[j];
            int index = token * FEATURES + j;
            Integer id = preComputed.get(index);
            if (id != null) {
                double[] s = saved[id];
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += s[i];
                }
            } else {
                float[] slice = cached.get(index);
                if (slice == null) {
                    slice = slice(embeddings[token], j * embedding);
                    if (cached.size() < MAX_CACHED) {
                        cached.put(index, slice);
                    }
                }
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += slice[i];
                }
            }
        }
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
    }

    /** One feature's contribution to the hidden layer, rounded to float as CoreNLP's cache holds it. */
    private float[] slice(float[] embedding, int offset) {
        float[] out = new float[w1.length];
        for (int i = 0; i < w1.length; i++) {
            double sum = 0;
            float[] row = w1[i];
            for (int k = 0; k < embedding.length; k++) {
                sum += row[offset + k] * embedding[k];
            }
            out[i] = (float) sum;
        }
        return out;
    }
}
