package org.dossier.nlp.event;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sixteen PLOVER event types and the modes each may carry.
 *
 * <p>Source: the PLOVER manual of the Open Event Data Alliance (github.com/openeventdata/PLOVER,
 * {@code PLOVER_MANUAL.tex}, draft 0.7b1, 2021: the mode tables of CONSULT, AID, RETREAT, DEMAND/REJECT,
 * THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE and ASSAULT) and its CAMEO conversion table
 * ({@code CAMEO2PLOVER-2021.txt}, which adds CONSULT {@code host} and SANCTION {@code discontinue}). Where
 * the project departs from them:
 * <ul>
 *   <li>REQUEST is the manual's DEMAND under the name POLECAT uses; it shares REJECT's modes.</li>
 *   <li>CONSULT {@code meet} is a face-to-face meeting that is neither a visit nor hosted by a third party
 *       (CAMEO 040/046 have no mode in PLOVER; the project's records and gold name it).</li>
 *   <li>Imposing sanctions is SANCTION, as the manual's SANCTION section lists "impose embargo, boycott,
 *       or sanctions", although the 2021 conversion table files CAMEO 163 under COERCE/restrict.</li>
 * </ul>
 * AGREE, SUPPORT, CONCEDE and COOPERATE have no modes (PLOVER gives verbal acts a context, not a mode).
 *
 * <p>Per PLOVER, in a visit the visitor is the source (our {@code actor}) and the host the recipient
 * (our {@code target}); where no side hosts, every participant is a source (our coder puts the first
 * named in {@code actor} and the other in {@code target}).
 */
public enum Plover {
    AGREE(),
    CONSULT("visit", "meet", "phone", "multilateral", "third-party", "host"),
    SUPPORT(),
    CONCEDE(),
    COOPERATE(),
    AID("economic", "military", "humanitarian", "asylum"),
    RETREAT("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign", "ease"),
    REQUEST("assist", "change", "yield", "meet"),
    ACCUSE("disapprove", "investigate"),
    REJECT("assist", "change", "yield", "meet"),
    THREATEN("restrict", "ban", "arrest", "relations", "expel", "territory", "violence"),
    PROTEST("demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct"),
    SANCTION("convict", "cancel", "expel", "withdraw", "sever", "discontinue"),
    MOBILIZE("troops", "weapons", "police"),
    COERCE("confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport", "withhold"),
    ASSAULT("abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive", "firearms",
            "explosives", "suicide-attack", "heavy-weapons");

    private final List<String> modes;

    Plover(String... modes) {
        this.modes = List.of(modes);
    }

    /** The modes this type may carry, in the manual's order; empty for types without modes. */
    public List<String> modes() {
        return modes;
    }

    /** Whether {@code mode} is one of this type's modes. */
    public boolean hasMode(String mode) {
        return modes.contains(mode);
    }

    /** The type with this name (upper case, as in the record), if PLOVER has it. */
    public static Optional<Plover> of(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
