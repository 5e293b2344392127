package org.dossier.core.model;

import java.util.Locale;

/** Whether an event happened, per the article. */
public enum EventStatus {
    /** The article reports it happened. */
    REPORTED,
    /** Agreed, expected or scheduled, not yet happened. */
    PLANNED,
    /** Possible: "may", "could", "analysts predict". */
    SPECULATED,
    /** Someone denies it happened. */
    DENIED,
    /** The article says it did not happen. */
    NEGATED,
    /** Background the article recalls, reported earlier. */
    HISTORICAL;

    /** The lower-case name used in the record. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
