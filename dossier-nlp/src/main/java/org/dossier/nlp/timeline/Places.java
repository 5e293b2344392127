package org.dossier.nlp.timeline;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dossier.nlp.entity.Country;
import org.dossier.nlp.entity.CountryTable;

/**
 * Whether two places an event is reported at can be the same place, with the project's country
 * table as the only gazetteer: equal names (ignoring case, accents, punctuation and a leading "the"),
 * two names of one country, or a country and a place in it. A city the table does not know (it lists
 * capitals only) may lie in any country, so "China" and "Dalian" are compatible while "China" and
 * "Moscow" are not. Two different cities are not: the table cannot tell a venue from its city.
 * Stateless and thread-safe.
 */
final class Places {
    private Places() {
    }

    /**
     * A place as written, with its comparison key and what the country table says of it.
     *
     * @param name         as the report writes it
     * @param key          lower-cased, accents and punctuation removed, no leading "the"
     * @param country      the country it names or lies in, when the table knows
     * @param countryLevel whether it names a whole country rather than a place in one
     */
    record Place(String name, String key, Optional<String> country, boolean countryLevel) {
        Place {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(country, "country");
        }
    }

    static Optional<Place> of(Optional<String> location) {
        return location.map(String::strip).filter(s -> !key(s).isEmpty()).map(s -> {
            Optional<Country> c = CountryTable.get().lookup(s);
            String k = key(s);
            boolean whole = c.map(country -> key(country.name()).equals(k)
                    || country.aliases().stream().anyMatch(a -> key(a).equals(k))).orElse(false);
            return new Place(s, k, c.map(Country::id), whole);
        });
    }

    static boolean compatible(Optional<Place> a, Optional<Place> b) {
        if (a.isEmpty() || b.isEmpty() || a.get().key().equals(b.get().key())) {
            return true;
        }
        Place x = a.get();
        Place y = b.get();
        if (x.countryLevel() && y.countryLevel()) {
            return x.country().equals(y.country());
        }
        if (x.countryLevel()) {
            return y.country().map(c -> c.equals(x.country().get())).orElse(true);
        }
        if (y.countryLevel()) {
            return x.country().map(c -> c.equals(y.country().get())).orElse(true);
        }
        return false;
    }

    /** The more specific of two compatible places: a place in a country over the country; else the first. */
    static Optional<Place> finer(Optional<Place> a, Optional<Place> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isPresent() && a.get().countryLevel() && !b.get().countryLevel()) {
            return b;
        }
        return a;
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
