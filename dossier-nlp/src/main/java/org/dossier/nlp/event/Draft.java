package org.dossier.nlp.event;

import java.util.Optional;
import org.dossier.core.model.EventStatus;
import org.dossier.nlp.text.Sentence;

/**
 * An event as one sentence codes it, before the article-level pass dates it from context and merges
 * repeated reports. Immutable.
 *
 * @param type       PLOVER type
 * @param mode       PLOVER mode
 * @param status     status from the sentence's grammar (the article pass may make it historical or planned)
 * @param actor      who acts
 * @param target     who is acted on
 * @param location   where, as the article names it
 * @param date       ISO date from the sentence itself
 * @param dating     how the date was found
 * @param tense      the tense of the clause that reports it
 * @param definite   a noun event the article treats as known ("Kim's visit", "the summit"), which may
 *                   refer to an event dated elsewhere in the article
 * @param sentence   the sentence
 * @param trigger    the trigger's token
 * @param confidence 0 to 1
 */
record Draft(Plover type, Optional<String> mode, EventStatus status, Participant actor, Optional<Participant> target,
             Optional<String> location, Optional<String> date, Dating dating, Clause.Tense tense, boolean definite,
             Sentence sentence, int trigger, double confidence) {

    /** Where an event's date comes from. */
    enum Dating {
        /** A time expression of the event's own clause. */
        SENTENCE,
        /** The clause has a time expression that cannot be resolved (no publication date): nothing to infer. */
        UNRESOLVED,
        /** Another report of the same event in the article. */
        SAME_EVENT,
        /** The latest date given earlier in the paragraph, at month precision. */
        PARAGRAPH,
        /** The publication date, for a just-reported event in the lead. */
        PUBLICATION,
        /** The visit during which a meeting took place. */
        VISIT,
        /** None. */
        NONE
    }

    Draft withDate(Optional<String> d, Dating how) {
        return new Draft(type, mode, status, actor, target, location, d, how, tense, definite, sentence, trigger,
                confidence);
    }

    Draft withStatus(EventStatus s) {
        return new Draft(type, mode, s, actor, target, location, date, dating, tense, definite, sentence, trigger,
                confidence);
    }

    Draft withLocation(Optional<String> l) {
        return new Draft(type, mode, status, actor, target, l, date, dating, tense, definite, sentence, trigger,
                confidence);
    }

    /** The same event type between the same participants (either order for symmetric meetings). */
    boolean sameEvent(Draft o) {
        if (type != o.type || !mode.equals(o.mode)) {
            return false;
        }
        String a = actor.key();
        String b = target.map(Participant::key).orElse("");
        String oa = o.actor.key();
        String ob = o.target.map(Participant::key).orElse("");
        if (a.equals(oa) && b.equals(ob)) {
            return true;
        }
        return type == Plover.CONSULT && !mode.equals(Optional.of("visit")) && a.equals(ob) && b.equals(oa);
    }
}
