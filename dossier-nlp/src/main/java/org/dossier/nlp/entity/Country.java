package org.dossier.nlp.entity;

import java.util.List;
import java.util.Objects;

/**
 * A country of the project's table. Immutable.
 *
 * @param iso3      ISO 3166-1 alpha-3 code ({@code PRK}; Kosovo uses the user-assigned {@code XKX})
 * @param name      the usual English name ("North Korea")
 * @param aliases   official names and short forms ("DPRK", "N. Korea")
 * @param demonyms  adjectives ("North Korean")
 * @param capitals  seats of government ("Pyongyang")
 * @param metonyms  names that always stand for the government ("Kremlin", "White House")
 */
public record Country(String iso3, String name, List<String> aliases, List<String> demonyms, List<String> capitals,
                      List<String> metonyms) {
    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        metonyms = List.copyOf(metonyms);
    }

    /** The canonical entity id, {@code country/} and the ISO code. */
    public String id() {
        return "country/" + iso3;
    }
}
