package org.dossier.nlp.text;

/** The statistical named-entity tag of a token (CoreNLP's three-class CRF), before any correction. */
public enum NerTag {
    PERSON,
    ORGANIZATION,
    LOCATION,
    /** Not part of a name. */
    NONE;

    static NerTag of(String coreNlpTag) {
        if (coreNlpTag == null) {
            return NONE;
        }
        return switch (coreNlpTag) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "LOCATION" -> LOCATION;
            default -> NONE;
        };
    }
}
