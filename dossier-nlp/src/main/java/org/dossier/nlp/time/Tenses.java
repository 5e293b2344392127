package org.dossier.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.Tense;
import org.dossier.nlp.text.Token;

/**
 * The tense that governs a time expression, from words alone (no POS tagger): the nearest past-tense
 * verb or future/plan marker in the sentence decides. English only; other languages read as unmarked.
 */
final class Tenses {
    private static final Set<String> IRREGULAR_PAST = Set.of("was", "were", "had", "did", "met", "went", "came",
            "made", "held", "took", "gave", "left", "began", "told", "saw", "spoke", "sent", "became", "brought",
            "won", "lost", "led", "fell", "rose", "said", "paid", "kept", "got", "found", "thought", "felt", "ran",
            "set", "put", "hit", "cut", "struck", "sought", "fought", "caught", "taught", "bought", "built", "meant",
            "wrote", "broke", "chose", "drove", "flew", "grew", "knew", "threw", "wore", "shook", "stood", "sat",
            "swore", "forgot", "hid", "bore", "undertook", "withdrew", "overtook", "oversaw", "drew", "ate",
            "slept", "heard", "understood", "arose", "signed", "hosted");
    private static final Set<String> NOT_PAST = Set.of("united", "based", "need", "indeed", "proceed", "exceed",
            "succeed", "speed", "seed", "feed", "bed", "hundred", "red", "shed", "weed", "greed", "breed", "freed",
            "so-called", "alleged", "limited", "advanced", "detailed", "armed", "related", "concerned", "supposed",
            "used", "interested", "experienced", "skilled", "named");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "upcoming", "next", "tomorrow",
            "scheduled", "planned", "plans", "plan", "expected", "expects", "expect", "intends", "intend", "due",
            "forthcoming", "coming", "would", "soon");
    /** Verbs after which "to" introduces something still to come ("agreed to hold"). */
    private static final Set<String> PLAN_VERBS = Set.of("agreed", "agree", "agrees", "plans", "planned", "plan",
            "expected", "expects", "set", "due", "intends", "intended", "decided", "decides", "promised",
            "pledged", "vowed", "prepares", "prepared", "preparing", "going", "is", "are", "hopes", "hoped",
            "wants", "wanted", "aims", "aimed", "seeks", "sought", "invited", "scheduled", "slated", "poised");

    private Tenses() {
    }

    /** The tense of the clause around token {@code at} of {@code s}. */
    static Tense around(Sentence s, int at) {
        List<Token> t = s.tokens();
        int bestDist = Integer.MAX_VALUE;
        Tense best = Tense.UNMARKED;
        for (int k = 0; k < t.size(); k++) {
            Tense here = markerAt(t, k);
            if (here == Tense.UNMARKED) {
                continue;
            }
            int d = Math.abs(k - at);
            // a plan marker wins a tie: "agreed to hold … in May"
            if (d < bestDist || (d == bestDist && here == Tense.FUTURE)) {
                bestDist = d;
                best = here;
            }
        }
        return best;
    }

    private static Tense markerAt(List<Token> t, int k) {
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        if (w.equals("to") && k > 0 && k + 1 < t.size()
                && PLAN_VERBS.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT))
                && Character.isLowerCase(t.get(k + 1).text().charAt(0))) {
            return Tense.FUTURE;
        }
        if (FUTURE.contains(w)) {
            return Tense.FUTURE;
        }
        if (IRREGULAR_PAST.contains(w)) {
            return Tense.PAST;
        }
        if (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w) && Character.isLowerCase(t.get(k).text().charAt(0))) {
            return Tense.PAST;
        }
        return Tense.UNMARKED;
    }
}
