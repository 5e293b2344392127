package org.dossier.nlp.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's event lexicon ({@code lexicon.txt} beside this class, whose header describes the format):
 * verb and noun triggers with their PLOVER type and argument positions, the groups that act without a
 * name, the support verbs and the modes read from objects. English only. Loaded once per JVM; immutable
 * and thread-safe.
 */
final class Lexicon {
    private static final Lexicon INSTANCE = load();

    private final Map<String, List<Frame>> verbs;
    private final Map<String, List<Frame>> nouns;
    /** Surface forms of triggers, with {@link #ALONE} and {@link #VERB} bits. */
    private final Map<String, Integer> surfaceForms;
    /** A frame of the word codes an event without a target (a protest, a promise). */
    private static final int ALONE = 1;
    /** The word can be a verb trigger. */
    private static final int VERB = 2;
    private final Map<String, String> groups;
    private final Set<String> supportVerbs;
    private final Set<String> chainNouns;
    private final Map<Plover, Map<String, String>> modes;

    private Lexicon(Map<String, List<Frame>> verbs, Map<String, List<Frame>> nouns, Map<String, Integer> surfaceForms,
                    Map<String, String> groups, Set<String> supportVerbs, Set<String> chainNouns,
                    Map<Plover, Map<String, String>> modes) {
        this.verbs = copy(verbs);
        this.nouns = copy(nouns);
        this.surfaceForms = Map.copyOf(surfaceForms);
        this.groups = Map.copyOf(groups);
        this.supportVerbs = Set.copyOf(supportVerbs);
        this.chainNouns = Set.copyOf(chainNouns);
        Map<Plover, Map<String, String>> m = new HashMap<>();
        modes.forEach((k, v) -> m.put(k, Map.copyOf(v)));
        this.modes = Map.copyOf(m);
    }

    private static Map<String, List<Frame>> copy(Map<String, List<Frame>> in) {
        Map<String, List<Frame>> out = new HashMap<>();
        in.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    static Lexicon get() {
        return INSTANCE;
    }

    /** The frames of a verb lemma, in lexicon order. */
    List<Frame> verbFrames(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** The frames of a noun lemma, in lexicon order. */
    List<Frame> nounFrames(String lemma) {
        return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** Whether a word as written (any case) may be a trigger: the cheap test that picks sentences to parse. */
    boolean mayTrigger(String word) {
        return surfaceForms.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a trigger word as written may code an event that needs no target ("protested", "resigned"). */
    boolean mayStandAlone(String word) {
        return (surfaceForms.getOrDefault(word.toLowerCase(Locale.ROOT), 0) & ALONE) != 0;
    }

    /** Whether a trigger word as written may be a verb trigger ("met", "visits"), not only a noun ("summit"). */
    boolean mayBeVerb(String word) {
        return (surfaceForms.getOrDefault(word.toLowerCase(Locale.ROOT), 0) & VERB) != 0;
    }

    /** The PLOVER sector of a group noun ("troops" MIL, "protesters" CVL), if the word names one. */
    Optional<String> groupSector(String word) {
        for (String f : forms(word)) {
            String sector = groups.get(f);
            if (sector != null) {
                return Optional.of(sector);
            }
        }
        return Optional.empty();
    }

    /**
     * The forms a noun is looked up by: as given (lower case) and singular by rule, since the tagger's
     * lemma of a plural is not always singular ("troops").
     */
    static List<String> forms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(3);
        out.add(w);
        if (w.endsWith("ies") && w.length() > 4) {
            out.add(w.substring(0, w.length() - 3) + "y");
        } else if (w.endsWith("es") && w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes")
                || w.endsWith("sses") || w.endsWith("xes"))) {
            out.add(w.substring(0, w.length() - 2));
        } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            out.add(w.substring(0, w.length() - 1));
        }
        return out;
    }

    /** Whether a noun, in any of its {@link #forms}, is one of {@code lemmas}. */
    static boolean oneOf(String word, java.util.Collection<String> lemmas) {
        for (String f : forms(word)) {
            if (lemmas.contains(f)) {
                return true;
            }
        }
        return false;
    }

    boolean supportVerb(String lemma) {
        return supportVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    boolean chainNoun(String lemma) {
        return chainNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The mode of {@code type} that one of {@code lemmas} signals, first lemma first. */
    Optional<String> modeOf(Plover type, List<String> lemmas) {
        Map<String, String> byLemma = modes.getOrDefault(type, Map.of());
        for (String l : lemmas) {
            for (String f : forms(l)) {
                String m = byLemma.get(f);
                if (m != null) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private static Lexicon load() {
        Map<String, List<Frame>> verbs = new LinkedHashMap<>();
        Map<String, List<Frame>> nouns = new LinkedHashMap<>();
        Map<String, Integer> forms = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        Set<String> support = new HashSet<>();
        Set<String> chain = new HashSet<>();
        Map<Plover, Map<String, String>> modes = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\\s+");
                try {
                    switch (f[0]) {
                        case "V", "N" -> {
                            boolean noun = f[0].equals("N");
                            for (String entry : f[1].split(",")) {
                                String[] alt = entry.split("\\|");
                                String lemma = alt[0];
                                Frame frame = frame(noun, lemma, f, lineNo);
                                (noun ? nouns : verbs).computeIfAbsent(lemma, k -> new ArrayList<>()).add(frame);
                                int bits = (noun ? 0 : VERB) | (frame.has(Frame.Flag.NO_TARGET)
                                        || frame.type() == Plover.AGREE ? ALONE : 0);
                                Set<String> surface = new HashSet<>(noun ? nounForms(lemma) : verbForms(lemma));
                                surface.addAll(List.of(alt).subList(1, alt.length));
                                surface.forEach(w -> forms.merge(w, bits, (a, b) -> a | b));
                            }
                        }
                        case "G" -> {
                            for (String g : f[1].split(",")) {
                                groups.put(g, f[2]);
                            }
                        }
                        case "S" -> {
                            for (String s : f[1].split(",")) {
                                support.add(s.split("\\|")[0]);
                            }
                        }
                        case "C" -> chain.addAll(List.of(f[1].split(",")));
                        case "M" -> {
                            Map<String, String> byLemma = modes.computeIfAbsent(Plover.valueOf(f[1]),
                                    k -> new HashMap<>());
                            for (String lemma : f[3].split(",")) {
                                byLemma.putIfAbsent(lemma, f[2]);
                            }
                        }
                        default -> throw new IllegalArgumentException("unknown line kind " + f[0]);
                    }
                } catch (RuntimeException e) {
                    throw new IllegalStateException("lexicon.txt:" + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon.txt", e);
        }
        return new Lexicon(verbs, nouns, forms, groups, support, chain, modes);
    }

    private static Frame frame(boolean noun, String lemma, String[] f, int lineNo) {
        String[] typeMode = f[2].split("/", 2);
        Plover type = Plover.valueOf(typeMode[0]);
        Optional<String> mode = typeMode.length > 1 ? Optional.of(typeMode[1]) : Optional.empty();
        if (mode.isPresent() && !mode.get().equals("*") && !type.hasMode(mode.get())) {
            throw new IllegalArgumentException(type + " has no mode " + mode.get());
        }
        Set<String> objects = Set.of();
        Optional<String> particle = Optional.empty();
        Set<String> modifiers = Set.of();
        List<String> targets = List.of();
        List<String> actors = noun ? List.of("poss", "by", "compound", "amod") : List.of();
        Set<Frame.Flag> flags = EnumSet.noneOf(Frame.Flag.class);
        Optional<String> state = Optional.empty();
        for (int i = 3; i < f.length; i++) {
            String opt = f[i];
            int eq = opt.indexOf('=');
            String key = eq < 0 ? opt : opt.substring(0, eq);
            String value = eq < 0 ? "" : opt.substring(eq + 1);
            switch (key) {
                case "obj" -> objects = Set.of(value.split(","));
                case "prt" -> particle = Optional.of(value);
                case "mod" -> modifiers = Set.of(value.split(","));
                case "target" -> targets = List.of(value.split(","));
                case "actor" -> actors = List.of(value.split(","));
                case "host" -> flags.add(Frame.Flag.HOST);
                case "sym" -> flags.add(Frame.Flag.SYMMETRIC);
                case "reverse" -> flags.add(Frame.Flag.REVERSE);
                case "person" -> flags.add(Frame.Flag.PERSON);
                case "notarget" -> flags.add(Frame.Flag.NO_TARGET);
                case "bare" -> flags.add(Frame.Flag.BARE);
                case "notperson" -> flags.add(Frame.Flag.NOT_PERSON);
                case "civil" -> flags.add(Frame.Flag.CIVIL);
                case "objwho" -> flags.add(Frame.Flag.OBJECT_WHO);
                case "complement" -> flags.add(Frame.Flag.COMPLEMENT);
                case "state" -> state = Optional.of(value);
                default -> throw new IllegalArgumentException("unknown option " + opt);
            }
        }
        return new Frame(noun, lemma, type, mode, objects, particle, modifiers, targets, actors, flags, state, lineNo);
    }

    /** Inflections of a regular verb, generously: extra forms only make a sentence a candidate. */
    static Set<String> verbForms(String lemma) {
        Set<String> out = new HashSet<>();
        out.add(lemma);
        out.add(lemma + "s");
        out.add(lemma + "es");
        out.add(lemma + "ed");
        out.add(lemma + "d");
        out.add(lemma + "ing");
        int n = lemma.length();
        char last = lemma.charAt(n - 1);
        if (last == 'e') {
            out.add(lemma.substring(0, n - 1) + "ing");
        }
        if (last == 'y' && n > 1 && "aeiou".indexOf(lemma.charAt(n - 2)) < 0) {
            out.add(lemma.substring(0, n - 1) + "ies");
            out.add(lemma.substring(0, n - 1) + "ied");
        }
        if (n > 2 && "aeiouwxy".indexOf(last) < 0 && "aeiou".indexOf(lemma.charAt(n - 2)) >= 0) {
            out.add(lemma + last + "ed");
            out.add(lemma + last + "ing");
        }
        return out;
    }

    static Set<String> nounForms(String lemma) {
        Set<String> out = new HashSet<>();
        out.add(lemma);
        out.add(lemma + "s");
        out.add(lemma + "es");
        int n = lemma.length();
        if (lemma.charAt(n - 1) == 'y') {
            out.add(lemma.substring(0, n - 1) + "ies");
        }
        return out;
    }
}
