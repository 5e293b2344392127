package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.EventStatus;
import org.dossier.nlp.text.Document;
import org.dossier.nlp.text.Mention;
import org.dossier.nlp.text.TimeExpression;
import org.dossier.nlp.time.Anchor;

/**
 * Codes the events of one parsed sentence: finds lexicon triggers, reads actor and target from the
 * dependency tree, and resolves them to participants. Verbs first, so that a verb that takes an event
 * noun as its object ("imposed sanctions") codes the event once. Not thread-safe; one per sentence.
 */
final class SentenceCoder {
    private static final Set<String> MULTILATERAL = Set.of("multilateral", "trilateral", "regional",
            "international", "multinational", "six-party", "four-party", "three-way", "four-way", "quadrilateral", "g20", "g7", "g-20",
            "g-7", "brics");
    private static final Set<String> ORDINAL = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "another", "new", "latest", "next", "last", "previous", "earlier");
    /** Prepositions that place an event before or after the clause it hangs from, not at its time. */
    private static final Set<String> SEQUENCE = Set.of("after", "before", "following", "ahead of", "prior to");
    private static final int MAX_PER_TRIGGER = 6;
    /** Types whose participants are parties, never places. */
    private static final Set<Plover> DIPLOMATIC = Set.of(Plover.CONSULT, Plover.AGREE, Plover.SUPPORT,
            Plover.COOPERATE, Plover.AID, Plover.REQUEST, Plover.ACCUSE, Plover.REJECT, Plover.THREATEN,
            Plover.SANCTION, Plover.CONCEDE);

    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

    private final Document doc;
    private final Tree tree;
    private final Participants parts;
    private final Optional<Anchor> anchor;
    private final Lexicon lexicon = Lexicon.get();

    SentenceCoder(Document doc, Tree tree, Optional<Anchor> anchor) {
        this.doc = doc;
        this.tree = tree;
        this.parts = new Participants(doc, tree);
        this.anchor = anchor;
    }

    List<Draft> code() {
        List<Draft> out = new ArrayList<>();
        BitSet consumed = new BitSet(tree.size());
        for (boolean nouns : new boolean[] {false, true}) {
            for (int i = 0; i < tree.size(); i++) {
                if (consumed.get(i)) {
                    continue;
                }
                List<Frame> frames;
                if (!nouns && tree.parse.verb(i) && !tree.rel(i).startsWith("aux") && !tree.rel(i).equals("cop")) {
                    frames = lexicon.verbFrames(tree.lemma(i));
                } else if (nouns && tree.parse.noun(i) && !tree.rel(i).equals("compound")) {
                    frames = lexicon.nounFrames(tree.lemma(i));
                } else {
                    continue;
                }
                for (Frame f : frames) {
                    Optional<Integer> object = matches(f, i);
                    if (object == null) {
                        continue;
                    }
                    List<Draft> drafts = build(f, i, object);
                    if (!drafts.isEmpty()) {
                        out.addAll(drafts);
                        object.ifPresent(o -> tree.conjuncts(o).forEach(consumed::set));
                        break;
                    }
                }
            }
        }
        return merge(out);
    }

    /**
     * Whether frame {@code f} applies to token {@code i}: {@code null} when it does not, else the object
     * that is part of the trigger (empty when the frame names none).
     */
    private Optional<Integer> matches(Frame f, int i) {
        if (f.particle().isPresent()) {
            String p = f.particle().get();
            boolean found = tree.hasChildLemma(i, Set.of(p), "compound:prt", "advmod")
                    || !tree.withPreposition(i, p).isEmpty();
            if (!found) {
                return null;
            }
        }
        if (f.has(Frame.Flag.BARE) && (!tree.children(i, "ccomp", "compound:prt").isEmpty()
                || tree.children(i, "xcomp").stream().anyMatch(x -> !tree.hasChildLemma(x, Set.of("to"), "mark")))) {
            return null; // "called the move a provocation", not "called Sisi to discuss the truce"
        }
        if (f.has(Frame.Flag.COMPLEMENT) && tree.children(i, "xcomp", "ccomp").isEmpty()
                && tree.withPreposition(i, "for").isEmpty()) {
            return null;
        }
        if (f.has(Frame.Flag.OBJECT_WHO)) {
            Optional<Integer> o = tree.object(i);
            if (o.isPresent() && !tree.rel(o.get()).equals("nsubj:pass") && parts.at(o.get()).isEmpty()) {
                return null;
            }
        }
        if (!f.modifiers().isEmpty()) {
            boolean found = f.noun()
                    ? hasChildForm(i, f.modifiers(), "compound", "amod", "nmod", "case", "nummod", "obl")
                    : modifiedOblique(i, f.modifiers());
            if (!found) {
                return null;
            }
        }
        if (f.objects().isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> obj = tree.object(i);
        if (obj.isEmpty() && f.particle().isPresent()) {
            // "called off the summit": the object may hang from the particle's oblique
            List<Integer> o = tree.withPreposition(i, f.particle().get());
            obj = o.isEmpty() ? Optional.empty() : Optional.of(o.get(0));
        }
        if (obj.isEmpty()) {
            return null;
        }
        int o = obj.get();
        for (int c : tree.conjuncts(o)) {
            if (isForm(c, f.objects())) {
                return Optional.of(c);
            }
        }
        // "a new round of sanctions", "$400 million in military aid", "thousands of troops"
        if (lexicon.chainNoun(tree.lemma(o)) || Participants.quantity(tree, o) || tree.tag(o).startsWith("NNP")) {
            for (int c : tree.children(o, "nmod")) {
                if (isForm(c, f.objects())) {
                    return Optional.of(c);
                }
            }
        }
        return null;
    }

    private boolean isForm(int t, Set<String> lemmas) {
        return lemmas.contains(tree.lemma(t)) || Lexicon.oneOf(tree.word(t), lemmas);
    }

    private boolean hasChildForm(int i, Set<String> lemmas, String... rels) {
        for (int c : tree.children(i, rels)) {
            if (isForm(c, lemmas)) {
                return true;
            }
        }
        return false;
    }

    private boolean modifiedOblique(int v, Set<String> lemmas) {
        for (int c : tree.children(v, "obl", "advmod", "nmod")) {
            if (isForm(c, lemmas) || hasChildForm(c, lemmas, "compound", "amod")) {
                return true;
            }
        }
        return false;
    }

    private List<Draft> build(Frame f, int i, Optional<Integer> triggerObject) {
        Clause clause = Clause.of(tree, i, lexicon);
        List<Participant> actors = new ArrayList<>();
        List<Participant> hosts = new ArrayList<>();
        boolean climbed = false;
        int meetingHost = -1;
        if (!f.noun()) {
            if (f.has(Frame.Flag.REVERSE)) {
                tree.object(i).ifPresent(o -> actors.addAll(parts.at(o)));
                tree.subject(i).ifPresent(s -> hosts.addAll(parts.at(s)));
            } else {
                tree.subject(i).ifPresent(s -> actors.addAll(parts.at(s)));
            }
        } else {
            for (String slot : f.actors()) {
                actors.addAll(nounSlot(i, slot, f));
                if (!actors.isEmpty()) {
                    break;
                }
            }
            if (actors.isEmpty()) {
                Optional<Integer> held = Clause.supportClause(tree, i, lexicon);
                held.flatMap(tree::subject).ifPresent(s -> actors.addAll(parts.at(s)));
            }
            if (actors.isEmpty() && clause.top() != i && tree.parse.verb(clause.top())) {
                tree.subject(clause.top()).ifPresent(s -> actors.addAll(parts.at(s)));
                climbed = true;
            }
            int h = tree.head(i);
            if (actors.isEmpty() && f.type() == Plover.CONSULT && h >= 0 && tree.parse.verb(h)
                    && tree.rel(i).startsWith("obl") && Set.of("in", "during", "at", "after").contains(tree.preposition(i))) {
                // "told reporters in a meeting with Moon", "after talks with Xi, Kim left"
                tree.subject(h).ifPresent(s -> actors.addAll(parts.at(s)));
                meetingHost = h;
                climbed = true;
            }
        }
        actors.removeIf(p -> !p.canAct() || p.kind() == Participant.Kind.LOCATION);
        if (f.type() == Plover.CONSULT && f.mode().filter("third-party"::equals).isPresent() && !f.objects().isEmpty()) {
            actors.clear(); // "Norway hosted talks between A and B": the host is not a party to them
        }

        List<Participant> targets = new ArrayList<>();
        for (String slot : f.targets()) {
            List<Participant> found = targetSlot(f, i, clause, slot, triggerObject);
            found.removeIf(p -> actors.stream().anyMatch(p::same));
            if (!f.has(Frame.Flag.HOST)) {
                found.removeIf(p -> !p.canAct());
            }
            if (slot.equals("between") && actors.isEmpty() && found.size() >= 2) {
                actors.add(found.remove(0));
            }
            if (!found.isEmpty()) {
                targets.addAll(found);
                break;
            }
        }
        if (targets.isEmpty() && meetingHost >= 0) {
            for (int w : tree.withPreposition(meetingHost, "with")) {
                parts.at(w).stream().filter(p -> p.canAct() && actors.stream().noneMatch(p::same)).forEach(targets::add);
            }
        }
        if (f.has(Frame.Flag.SYMMETRIC) && targets.isEmpty() && actors.size() >= 2) {
            targets.addAll(actors.subList(1, actors.size()));
            actors.subList(1, actors.size()).clear();
        }
        if (!f.has(Frame.Flag.HOST) && DIPLOMATIC.contains(f.type())) {
            // a place cannot talk or sign: "talks between Washington and Beijing" are between the states
            actors.replaceAll(this::stateOfPlace);
            targets.replaceAll(this::stateOfPlace);
        }
        actors.removeIf(p -> p.kind() == Participant.Kind.LOCATION);
        if (actors.isEmpty()) {
            return List.of();
        }

        Plover type = f.type();
        Optional<String> mode = f.mode();
        if (f.has(Frame.Flag.CIVIL) && actors.get(0).state() && f.stateType().isPresent()) {
            String[] tm = f.stateType().get().split("/", 2);
            type = Plover.valueOf(tm[0]);
            mode = tm.length > 1 ? Optional.of(tm[1]) : Optional.empty();
        }
        if (f.has(Frame.Flag.PERSON)) {
            actors.removeIf(p -> !(p.kind() == Participant.Kind.PERSON
                    || p.kind() == Participant.Kind.GROUP && p.sector().filter("GOV"::equals).isPresent()
                    || p.kind() == Participant.Kind.COUNTRY && f.has(Frame.Flag.REVERSE)));
        }
        if (f.has(Frame.Flag.NOT_PERSON)) {
            actors.removeIf(p -> p.kind() == Participant.Kind.PERSON);
        }
        if (actors.isEmpty()) {
            return List.of();
        }

        Optional<Participant> place = Optional.empty();
        if (f.has(Frame.Flag.HOST)) {
            List<Participant> destinations = f.has(Frame.Flag.REVERSE) ? hosts : targets;
            List<Participant> hostCountries = new ArrayList<>();
            for (Participant d : destinations) {
                Optional<String> country = parts.placeCountry(d);
                if (country.isEmpty()) {
                    continue;
                }
                if (place.isEmpty() && d.kind() == Participant.Kind.LOCATION) {
                    place = Optional.of(d);
                }
                Participant host = parts.country(country.get(), d.token());
                if (hostCountries.stream().noneMatch(host::same)) {
                    hostCountries.add(host);
                }
            }
            if (f.has(Frame.Flag.REVERSE)) {
                place = locationIn(i, clause);
            }
            targets = hostCountries;
            List<Participant> hostsOnly = targets;
            actors.removeIf(a -> a.country().isPresent() && hostsOnly.stream()
                    .anyMatch(h -> h.id().equals(a.country())));
            if (place.isEmpty() && !targets.isEmpty()) {
                place = placeOf(targets.get(0).id().orElse(""));
            }
            if (actors.isEmpty() || targets.isEmpty()) {
                return List.of();
            }
        } else {
            place = locationIn(i, clause);
        }
        Optional<String> location = place.map(Participant::name);
        boolean ofOrganisation = type == Plover.CONSULT && mode.filter("meet"::equals).isPresent()
                && targets.isEmpty() && actors.size() == 1 && actors.get(0).id().filter(id -> id.startsWith("org/")).isPresent();
        boolean promise = type == Plover.AGREE && !f.noun() && !tree.children(i, "xcomp").isEmpty();
        if (targets.isEmpty() && !f.has(Frame.Flag.NO_TARGET) && !ofOrganisation && !promise) {
            return List.of(); // PLOVER's AGREE needs no recipient: "pledged to hand power to civilians"
        }
        if (ofOrganisation) {
            mode = Optional.of("multilateral"); // "ASEAN foreign ministers met in Phnom Penh"
        }
        if (mode.filter("*"::equals).isPresent()) {
            mode = lexicon.modeOf(type, modeWords(i, triggerObject));
        }
        if (type == Plover.CONSULT && mode.filter("meet"::equals).isPresent() && !ofOrganisation) {
            mode = Optional.of(meetingMode(f, i, actors.get(0), targets, place));
            if (mode.get().equals("multilateral") && targets.isEmpty()) {
                return List.of();
            }
        }
        EventStatus status = clause.status();
        Optional<String> date = Optional.empty();
        Draft.Dating dating = Draft.Dating.NONE;
        BitSet scope = clause.scope();
        int bestDistance = Integer.MAX_VALUE;
        int bestToken = -1;
        List<TimeExpression> times = doc.timesIn(tree.sentence);
        // "left Beijing on Wednesday after talks with Xi": the clause's time is the leaving's; the talks came
        // before it, on a day the sentence does not say. Only a time inside the noun's own phrase dates it.
        BitSet own = f.noun() && SEQUENCE.contains(tree.preposition(i)) ? tree.subtree(i, Set.of()) : null;
        for (int k = 0; k < times.size(); k++) {
            TimeExpression t = times.get(k);
            int tok = tree.tokenAt(t.begin());
            if (!scope.get(tok) || own != null && !own.get(tok)) {
                continue;
            }
            if (t.value().isEmpty()) {
                if (date.isEmpty()) {
                    dating = Draft.Dating.UNRESOLVED;
                }
                continue;
            }
            int d = Math.abs(tok - i);
            if (d < bestDistance) {
                bestDistance = d;
                bestToken = tok;
                date = t.value().map(v -> direct(t, v, clause.tense(), status));
                dating = Draft.Dating.SENTENCE;
            }
        }
        if (date.isPresent()) {
            // "on Monday and Tuesday": coordinated times make one span
            for (TimeExpression t : times) {
                int tok = tree.tokenAt(t.begin());
                boolean coordinated = tok != bestToken && (tree.head(tok) == bestToken && tree.rel(tok).equals("conj")
                        || tree.head(bestToken) == tok && tree.rel(bestToken).equals("conj"));
                if (coordinated && t.value().isPresent()) {
                    date = Optional.of(join(date.get(), direct(t, t.value().get(), clause.tense(), status)));
                }
            }
        }
        boolean definite = f.noun() && (!tree.children(i, "nmod:poss").isEmpty()
                || tree.hasChildLemma(i, Set.of("the", "this", "that"), "det"))
                && !tree.hasChildLemma(i, ORDINAL, "amod");
        double confidence = f.noun() ? 0.7 : 0.8;
        if (climbed) {
            confidence -= 0.1;
        }
        if (actors.get(0).kind() == Participant.Kind.GROUP) {
            confidence -= 0.1;
        }
        if (tree.tag(actors.get(0).token()).startsWith("PRP")) {
            confidence -= 0.1;
        }
        List<Draft> out = new ArrayList<>();
        List<Optional<Participant>> targetOptions = new ArrayList<>();
        targets.forEach(t -> targetOptions.add(Optional.of(t)));
        if (targetOptions.isEmpty()) {
            targetOptions.add(Optional.empty());
        }
        for (Participant a : actors) {
            for (Optional<Participant> t : targetOptions) {
                if (out.size() >= MAX_PER_TRIGGER || t.isPresent() && t.get().same(a)) {
                    continue;
                }
                Draft d = new Draft(type, mode, status, a, t, location, date, dating, clause.tense(), definite,
                        tree.sentence, i, Math.max(0.1, confidence));
                if (out.stream().noneMatch(d::sameEvent)) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * A relative date put on the side the clause's grammar says: the date resolver reads tense from
     * nearby words, and "met … on Wednesday to prepare for the planned summit" can send "Wednesday"
     * forward. A weekday moves by a week, a date without a year by a year, when the parse says the
     * event is past but the date is after publication, or planned but the date is before it.
     */
    private String direct(TimeExpression t, String value, Clause.Tense tense, EventStatus status) {
        if (anchor.isEmpty() || anchor.get().precision() != Anchor.Precision.DAY || value.length() != 10
                || YEAR.matcher(t.text()).find()) {
            return value;
        }
        java.time.LocalDate d;
        try {
            d = java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
        java.time.LocalDate pub = anchor.get().date();
        boolean past = (tense == Clause.Tense.PAST || tense == Clause.Tense.PERFECT || tense == Clause.Tense.PLUPERFECT)
                && (status == EventStatus.REPORTED || status == EventStatus.HISTORICAL);
        boolean future = tense == Clause.Tense.FUTURE || status == EventStatus.PLANNED;
        boolean weekday = WEEKDAY.matcher(t.text()).find();
        if (past && d.isAfter(pub)) {
            return (weekday ? d.minusWeeks(1) : d.minusYears(1)).toString();
        }
        if (future && !past && d.isBefore(pub.minusDays(weekday ? 0 : EventCoder.HISTORICAL_DAYS))) {
            return (weekday ? d.plusWeeks(1) : d.plusYears(1)).toString();
        }
        return value;
    }

    private Participant stateOfPlace(Participant p) {
        return p.kind() == Participant.Kind.LOCATION ? p.country().map(c -> parts.country(c, p.token())).orElse(p) : p;
    }

    /** The interval from the earlier to the later of two dates of the same precision ({@code a/b}). */
    private static String join(String a, String b) {
        Optional<DateSpan> x = DateSpan.parse(a);
        Optional<DateSpan> y = DateSpan.parse(b);
        if (x.isEmpty() || y.isEmpty() || a.contains("/") || b.contains("/") || a.length() != b.length()) {
            return a;
        }
        return x.get().first().isAfter(y.get().first()) ? b + "/" + a : a + "/" + b;
    }

    /** Participants of a noun trigger in one actor or target position. */
    private List<Participant> nounSlot(int i, String slot, Frame f) {
        List<Participant> out = new ArrayList<>();
        switch (slot) {
            case "poss" -> tree.children(i, "nmod:poss").forEach(c -> out.addAll(parts.at(c)));
            case "compound", "amod" -> {
                for (int c : tree.exact(i, slot)) {
                    if (f.modifiers().contains(tree.lemma(c))) {
                        continue;
                    }
                    List<Integer> names = new ArrayList<>(tree.conjuncts(c));
                    names.addAll(tree.exact(c, "goeswith")); // "the Trump-Kim summit"
                    for (int k : names) {
                        Optional<Mention> m = doc.mentionAt(tree.sentence, tree.sentence.tokens().get(k).begin());
                        m.filter(x -> x.type() != EntityType.LOCATION)
                                .map(x -> parts.ofMention(x, k)).filter(p -> out.stream().noneMatch(p::same))
                                .ifPresent(out::add);
                    }
                }
                // "the Trump-Kim summit": both names modify the noun
                if (slot.equals("compound")) {
                    out.sort((a, b) -> Integer.compare(a.token(), b.token()));
                }
            }
            default -> tree.withPreposition(i, slot).forEach(c -> out.addAll(parts.at(c)));
        }
        return out;
    }

    /** Participants in one target position of a frame. */
    private List<Participant> targetSlot(Frame f, int i, Clause clause, String slot, Optional<Integer> triggerObject) {
        List<Participant> out = new ArrayList<>();
        Optional<Integer> object = f.noun() ? Optional.empty() : tree.object(i);
        switch (slot) {
            case "obj" -> {
                if (!f.noun()) {
                    // a trigger object names someone only as a gathering: "attended the ASEAN summit"
                    triggerObject.or(() -> object).ifPresent(o -> out.addAll(parts.at(o)));
                }
            }
            case "iobj" -> tree.children(i, "iobj").forEach(c -> out.addAll(parts.at(c)));
            case "xcomp" -> {
                for (int c : tree.children(i, "xcomp", "ccomp")) {
                    tree.object(c).ifPresent(o -> out.addAll(parts.at(o)));
                    for (String p : List.of("with", "to", "on", "against", "at", "into")) {
                        if (out.isEmpty()) {
                            tree.withPreposition(c, p).forEach(x -> out.addAll(parts.at(x)));
                        }
                    }
                    if (out.isEmpty()) {
                        // "agreed to hold talks with Moon": the complement's own event noun
                        for (int o : tree.children(c, "obj")) {
                            for (String p : List.of("with", "between", "to", "on", "against")) {
                                tree.withPreposition(o, p).forEach(x -> out.addAll(parts.at(x)));
                            }
                        }
                    }
                }
            }
            case "ccompsubj" -> tree.children(i, "ccomp").forEach(c -> tree.subject(c)
                    .ifPresent(s -> out.addAll(parts.at(s))));
            case "condsubj" -> {
                // "threatened to take a new path unless Washington stops …": the condition's subject
                List<Integer> clauses = new ArrayList<>(tree.children(i, "advcl"));
                tree.children(i, "xcomp").forEach(x -> clauses.addAll(tree.children(x, "advcl")));
                for (int c : clauses) {
                    if (tree.hasChildLemma(c, Set.of("unless", "if"), "mark")) {
                        tree.subject(c).ifPresent(s -> out.addAll(parts.at(s)));
                    }
                }
            }
            case "poss" -> {
                int holder = f.noun() ? i : triggerObject.or(() -> object).orElse(-1);
                if (holder >= 0) {
                    tree.children(holder, "nmod:poss").forEach(c -> out.addAll(parts.at(c)));
                }
            }
            case "compound", "amod" -> {
                int holder = f.noun() ? i : triggerObject.or(() -> object).orElse(-1);
                if (holder >= 0) {
                    out.addAll(nounSlot(holder, slot, f));
                }
            }
            case "objcountry" -> triggerObject.or(() -> object).flatMap(parts::ownerCountry).ifPresent(out::add);
            default -> {
                Set<Integer> heads = new LinkedHashSet<>();
                heads.addAll(tree.withPreposition(i, slot));
                Optional<Integer> held = triggerObject.or(() -> object);
                held.ifPresent(o -> heads.addAll(tree.withPreposition(o, slot)));
                // "the accusations made by the United States"
                held.ifPresent(o -> tree.exact(o, "acl").forEach(a -> heads.addAll(tree.withPreposition(a, slot))));
                if (f.noun() && clause.top() != i) {
                    heads.addAll(tree.withPreposition(clause.top(), slot));
                }
                for (int h : heads) {
                    for (Participant p : parts.at(h)) {
                        if (out.stream().noneMatch(p::same)) {
                            out.add(p);
                        }
                    }
                }
                if (f.has(Frame.Flag.HOST) && out.isEmpty() && f.noun() && clause.top() != i) {
                    // "arrived in Beijing for a visit", "left North Korea at the end of a visit": the
                    // destination is on the support verb
                    for (String p : List.of("in", "to", "at")) {
                        tree.withPreposition(clause.top(), p).forEach(x -> out.addAll(parts.at(x)));
                    }
                    if (out.isEmpty() && Set.of("leave", "depart", "reach", "end", "wrap", "conclude")
                            .contains(tree.lemma(clause.top()))) {
                        tree.object(clause.top()).ifPresent(o -> out.addAll(parts.at(o)));
                    }
                }
            }
        }
        return out;
    }

    /** The words that may name a mode: the trigger, its object and their modifiers, the complement. */
    private List<String> modeWords(int i, Optional<Integer> triggerObject) {
        List<String> words = new ArrayList<>();
        words.add(tree.lemma(i));
        List<Integer> heads = new ArrayList<>();
        triggerObject.or(() -> tree.parse.verb(i) ? tree.object(i) : Optional.empty()).ifPresent(heads::add);
        heads.add(i);
        for (int c : tree.children(i, "xcomp", "ccomp")) {
            heads.add(c);
            tree.object(c).ifPresent(heads::add);
        }
        for (int c : tree.withPreposition(i, "for")) {
            heads.add(c);
        }
        for (int h : heads) {
            if (h != i) {
                words.add(tree.lemma(h));
            }
            for (int c : tree.children(h, "amod", "compound", "nmod")) {
                words.add(tree.lemma(c));
            }
        }
        return words;
    }

    /**
     * A meeting's CONSULT mode: {@code multilateral} for a summit of an organisation or of several
     * states, {@code third-party} when it is held in a country neither side belongs to, else {@code meet}.
     */
    private String meetingMode(Frame f, int i, Participant actor, List<Participant> targets,
                               Optional<Participant> place) {
        if (f.noun()) {
            for (int c : tree.children(i, "compound", "amod", "nmod")) {
                Optional<Mention> m = doc.mentionAt(tree.sentence, tree.sentence.tokens().get(c).begin());
                if (MULTILATERAL.contains(tree.lemma(c)) || m.filter(x -> x.type() == EntityType.ORGANIZATION).isPresent()) {
                    if (targets.isEmpty() && m.isPresent()) {
                        targets.add(parts.ofMention(m.get(), c));
                    }
                    return "multilateral";
                }
            }
        }
        Optional<String> where = place.flatMap(parts::placeCountry);
        if (where.isPresent() && actor.country().isPresent() && !targets.isEmpty()
                && targets.get(0).country().isPresent()
                && !where.equals(actor.country()) && !where.equals(targets.get(0).country())) {
            return "third-party";
        }
        return "meet";
    }

    /** Where the clause says it happened: a place or country after "in" or "at". */
    private Optional<Participant> locationIn(int i, Clause clause) {
        for (int h : new int[] {i, clause.top()}) {
            for (String p : List.of("in", "at")) {
                for (int c : tree.withPreposition(h, p)) {
                    Optional<Mention> m = doc.mentionAt(tree.sentence, tree.sentence.tokens().get(c).begin());
                    if (m.isPresent() && (m.get().type() == EntityType.LOCATION || m.get().type() == EntityType.COUNTRY)
                            && m.get().kind() != org.dossier.nlp.text.MentionKind.DEMONYM) {
                        return Optional.of(parts.ofMention(m.get(), c));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first place of the sentence in a country ("Beijing" for a visit to China). */
    private Optional<Participant> placeOf(String countryId) {
        for (Mention m : doc.mentionsIn(tree.sentence)) {
            if (m.type() == EntityType.LOCATION) {
                int tok = tree.tokenAt(m.begin());
                Participant p = parts.ofMention(m, tok);
                if (parts.placeCountry(p).filter(countryId::equals).isPresent()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** One event per sentence for each type and pair: two triggers for one visit fill each other's gaps. */
    private static List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            int k = indexOfSame(out, d);
            if (k < 0) {
                out.add(d);
                continue;
            }
            Draft kept = out.get(k);
            if (kept.date().isEmpty() && d.date().isPresent()) {
                kept = kept.withDate(d.date(), d.dating());
            }
            if (kept.location().isEmpty() && d.location().isPresent()) {
                kept = kept.withLocation(d.location());
            }
            out.set(k, kept);
        }
        return out;
    }

    private static int indexOfSame(List<Draft> list, Draft d) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).sameEvent(d) && list.get(k).status() == d.status()) {
                return k;
            }
        }
        return -1;
    }
}
