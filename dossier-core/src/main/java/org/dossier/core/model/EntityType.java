package org.dossier.core.model;

/** What kind of thing an entity is; the prefix of its id ({@code person/…}, {@code country/…}). */
public enum EntityType {
    PERSON("person"),
    ORGANIZATION("org"),
    COUNTRY("country"),
    LOCATION("place");

    private final String idPrefix;

    EntityType(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** The prefix of ids of this type ({@code person}, {@code org}, {@code country}, {@code place}). */
    public String idPrefix() {
        return idPrefix;
    }
}
