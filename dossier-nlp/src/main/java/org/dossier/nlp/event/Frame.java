package org.dossier.nlp.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One line of the trigger lexicon: a verb or noun lemma with the event it reports and where its actor and
 * target are in the dependency tree. Immutable.
 *
 * @param noun       a noun trigger ("visit", "sanctions") rather than a verb trigger ("visited", "imposed")
 * @param lemma      the trigger's lemma
 * @param type       the PLOVER type
 * @param mode       the PLOVER mode, {@code *} for one read from the object or complement, or empty
 * @param objects    for a verb, the lemmas its object must have ("impose" + "sanction"); the object is then
 *                   part of the trigger, not the target. Empty: any object
 * @param particle   a particle or preposition the verb needs ("call on", "step down")
 * @param modifiers  for a noun, the lemmas one of its modifiers must have ("phone call", "joint exercise");
 *                   for a verb, the lemmas one of its obliques must have ("spoke by phone")
 * @param targets    where the target is, in order of preference: {@code obj}, {@code iobj}, {@code xcomp}
 *                   (the target of the complement clause: "agreed to meet Moon"), {@code poss} (the
 *                   possessor of a noun or of the verb's object: "rejected Seoul's offer"), or a preposition
 * @param actors     for a noun, where the actor is: {@code poss}, {@code compound}, {@code amod} or a preposition
 * @param flags      special readings
 * @param stateType  for a civil action, the type when the actor is a state ("China protested" is ACCUSE)
 * @param line       the line of the lexicon it comes from, for messages
 */
record Frame(boolean noun, String lemma, Plover type, Optional<String> mode, Set<String> objects,
             Optional<String> particle, Set<String> modifiers, List<String> targets, List<String> actors,
             Set<Flag> flags, Optional<String> stateType, int line) {

    /** Special readings of a frame. */
    enum Flag {
        /** The target is the country that hosts the destination, and the destination is the location. */
        HOST,
        /** Participants are equals: "A and B met", "talks between A and B". */
        SYMMETRIC,
        /** The subject hosts and the object visits ("Xi hosted Kim"). */
        REVERSE,
        /** The actor must be a person or a delegation ("arrived in", "flew to"). */
        PERSON,
        /** The event stands without a target (protests, troop moves). */
        NO_TARGET,
        /** The verb must have no clausal complement or particle ("called Moon", not "called on Moon to"). */
        BARE,
        /** The actor must not be one named person ("attacked" said of a politician is a verbal attack). */
        NOT_PERSON,
        /** Civil action: a state actor turns it into {@link Frame#stateType()}. */
        CIVIL,
        /** The verb needs a complement saying what is asked ("urged Iran to", "pressed for talks"). */
        COMPLEMENT,
        /**
         * An object, if the verb has one, must be someone: "demonstrated his independence" and "threatened
         * stability" are other senses of "demonstrate" and "threaten".
         */
        OBJECT_WHO
    }

    Frame {
        objects = Set.copyOf(objects);
        modifiers = Set.copyOf(modifiers);
        targets = List.copyOf(targets);
        actors = List.copyOf(actors);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    boolean has(Flag f) {
        return flags.contains(f);
    }
}
