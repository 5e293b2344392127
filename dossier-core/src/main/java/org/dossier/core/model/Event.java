package org.dossier.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A political event an article reports, coded with PLOVER types and modes, with its evidence.
 *
 * @param type          PLOVER type (AGREE, CONSULT, … ASSAULT)
 * @param mode          PLOVER mode where the type has one (CONSULT: visit, meet, phone…)
 * @param status        whether it happened, is planned, speculated, denied, or recalled background
 * @param actor         who acts, as the article names them
 * @param actorId       the actor's canonical entity id
 * @param actorCountry  the country the actor belongs to or represents ({@code country/PRK})
 * @param target        who or what is acted on (for a visit, the host)
 * @param targetId      the target's canonical entity id
 * @param targetCountry the country of the target
 * @param location      where it happened
 * @param date          when, ISO 8601 with the precision the text supports, or an interval {@code a/b}
 * @param evidence      the sentence that reports it
 * @param offset        character offset of the evidence in the body
 * @param confidence    the coder's confidence, 0 to 1
 */
public record Event(
        String type,
        Optional<String> mode,
        EventStatus status,
        Optional<String> actor,
        Optional<String> actorId,
        Optional<String> actorCountry,
        Optional<String> target,
        Optional<String> targetId,
        Optional<String> targetCountry,
        Optional<String> location,
        Optional<String> date,
        String evidence,
        int offset,
        double confidence) {

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(actorCountry, "actorCountry");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(targetCountry, "targetCountry");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + offset);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
    }
}
