package org.dossier.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.nlp.text.Section;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.Token;

/**
 * English words the entity rules read: what a title is made of, which verbs report speech, which
 * prepositions make a capital a place. English only: other languages get the CRF's entities and the
 * country table, without titles or descriptions.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Nouns that head a title or a role ("Foreign Minister", "professor", "leader"), lower case. */
    static final Set<String> TITLE_HEADS = Set.of(
            "president", "minister", "administrator", "leader", "chairman", "chairwoman", "chairperson", "chair",
            "premier", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "professor",
            "analyst", "director", "official", "diplomat", "general", "admiral", "commander", "chief", "king", "queen",
            "emperor", "prince", "princess", "pope", "chancellor", "governor", "mayor", "senator", "lawmaker",
            "congressman", "congresswoman", "representative", "speaker", "ceo", "founder", "head", "adviser",
            "advisor", "researcher", "fellow", "expert", "scholar", "lecturer", "economist", "editor",
            "correspondent", "reporter", "negotiator", "aide", "deputy", "vice-president", "vice-chairman",
            "dean", "strategist", "member", "officer", "executive", "counsellor", "counselor", "attache",
            "attaché", "sultan", "emir", "sheikh", "monarch", "dictator", "commissioner", "judge",
            "prosecutor", "marshal", "commodore", "brigadier", "colonel", "captain", "lieutenant", "sergeant", "bishop",
            "archbishop", "cardinal", "imam", "rabbi", "activist", "campaigner", "lawyer", "attorney", "author",
            "journalist", "columnist", "producer", "manager", "coordinator", "inspector", "observer", "academic",
            "specialist", "consultant", "rector", "mp", "mk", "mep", "msp", "mla", "mpp", "politician", "delegate",
            "supremo", "tsar", "czar", "statesman", "stateswoman", "whip", "undersecretary", "secretary-general",
            "director-general", "host", "anchor", "presenter", "moderator", "coach", "teacher",
            "principal", "superintendent", "engineer", "scientist", "physicist", "chemist", "biologist", "ecologist",
            "geologist", "hydrologist", "historian", "novelist", "writer", "poet", "critic", "chef", "singer",
            "songwriter", "musician", "composer", "conductor", "artist", "actor", "actress", "filmmaker",
            "doctor", "physician", "surgeon", "nurse", "paramedic", "firefighter", "detective", "investigator",
            "sheriff", "bailiff", "constable", "pilot", "partner", "owner", "entrepreneur", "investor", "trader",
            "banker", "farmer", "winemaker", "baker", "operator", "retiree", "resident", "neighbor", "neighbour",
            "student",
            "librarian", "architect", "developer", "planner", "designer", "advocate", "solicitor", "barrister",
            "counsel", "organiser", "organizer", "agent", "guide", "councillor", "councilor", "alderman",
            "treasurer", "auditor", "curator", "pastor", "priest", "vicar", "midwife", "veteran",
            "gov.", "sen.", "rep.", "gen.", "lt.", "col.", "maj.", "capt.", "adm.", "brig.", "cmdr.", "sgt.",
            "amb.", "supt.", "insp.", "pres.", "prof.", "ald.", "del.", "atty.", "sec.", "pm", "justice", "cllr",
            "cllr.", "coun.", "councilman", "councilwoman", "taoiseach", "tánaiste", "tanaiste",
            // the field trades news puts before a name as a title ("Ranger Armando Fumo, 33, said"); not "Fisher" nor
            // "Warden", which are surnames too
            "ranger", "gamekeeper", "herder", "fisherman", "fisherwoman",
            // the heads of compound trades written in two words ("harbour master", "lighthouse keeper")
            "master", "keeper");

    /**
     * Lower-case words that never stand inside a title before a name, so that a title's nouns ("incident
     * commander", "chemistry teacher") stop at them: determiners, pronouns, prepositions, conjunctions, auxiliaries
     * and the verbs that most often stand right before a name ("said incident commander X", "met union leader X"),
     * among them irregular past forms that no "-ed" ending shows ("the court found X guilty", "police took X").
     */
    static final Set<String> NOT_IN_TITLE = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "he", "she", "it", "they", "we", "i", "you", "who", "whom", "which",
            "to", "in", "on", "at", "by", "with", "from", "for", "of", "as", "than", "into", "about", "after",
            "before", "and", "or", "but", "nor", "so", "yet", "if", "when", "while", "is", "are", "was", "were", "be",
            "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might",
            "must", "should", "shall", "not", "no", "met", "let", "put", "cut", "hit", "set", "got", "meet", "joins",
            "join", "named", "called", "also", "then", "says", "tells", "thanks", "according", "like", "unlike",
            "including", "among", "between", "against", "under", "over", "via", "per", "every", "each", "some",
            "all", "both", "any", "many", "most", "more", "other", "another", "such", "there", "here", "now",
            "found", "saw", "gave", "took", "sent", "brought", "caught", "beat", "chose", "kept", "held", "paid",
            "sold", "won", "heard", "knew", "sought", "taught", "fought", "bought", "left", "made", "drove", "shot");

    /** Words that modify a title head inside a title ("Foreign", "Defense", "Prime", "former"). */
    static final Set<String> TITLE_MODIFIERS = Set.of(
            "foreign", "defense", "defence", "prime", "vice", "deputy", "first", "second", "general", "senior",
            "former", "top", "supreme", "chief", "assistant", "acting", "interim", "executive", "national",
            "security", "state", "secretary", "finance", "trade", "interior", "home", "justice", "unification",
            "economy", "economic", "energy", "health", "education", "culture", "commerce", "industry",
            "agriculture", "labor", "labour", "environment", "transport", "science", "information", "military",
            "political", "international", "relations", "affairs", "then", "late", "outgoing", "incoming",
            "current", "new", "veteran", "leading", "special", "permanent", "presidential", "party",
            "government", "parliamentary", "opposition", "ruling", "research", "associate", "visiting",
            "emeritus", "managing", "retired", "armed", "forces", "army", "navy", "air", "force", "staff",
            "joint", "chiefs", "of", "the", "and", "for", "&", "-", "central", "committee", "politburo",
            "standing", "council", "cabinet", "minister", "ministry", "policy", "director", "president",
            "leader", "chairman", "head", "ambassador", "envoy", "official", "lead", "nuclear", "press", "longtime",
            "founding", "co-founder", "founder", "honorary", "regional", "local", "federal", "provincial", "county",
            "city", "district", "union", "majority", "minority");

    /**
     * Verbs of a relative clause that states a role ("who heads the division", "who chairs the trust", "who served
     * as …"): the clause is the person's title.
     */
    static final Set<String> ROLE_VERBS = Set.of("heads", "headed", "leads", "led", "directs", "directed", "chairs",
            "chaired", "runs", "ran", "manages", "managed", "oversees", "oversaw", "owns", "owned", "founded",
            "co-founded", "teaches", "taught", "coaches", "coached", "edits", "edited", "represents", "represented",
            "sits", "sat", "serves", "served", "works", "worked", "plays", "produces", "handles", "coordinates",
            "advises", "advised", "hosts", "hosted", "covers", "studies", "researches", "specialises",
            "specializes", "presides", "commands", "commanded", "captains", "organises", "organizes");

    /**
     * Nouns of a relation to another person ("Chloe's mother", "her son", "his widow"): a speaker described by one
     * has no title.
     */
    static final Set<String> RELATIONS = Set.of("mother", "father", "mum", "mom", "dad", "parent", "parents", "son",
            "daughter", "child", "wife", "husband", "widow", "widower", "brother", "sister", "sibling", "aunt",
            "uncle", "cousin", "niece", "nephew", "grandmother", "grandfather", "grandson", "granddaughter",
            "grandparent", "stepmother", "stepfather", "stepson", "stepdaughter", "fiance", "fiancé", "fiancee",
            "fiancée", "girlfriend", "boyfriend", "friend", "relative");

    /**
     * Adverbs, prepositions and interjections that open a sentence before a name ("Meanwhile Tom Hale said",
     * "Despite Tom Hale's plea"): capitalised by position, never a title.
     */
    static final Set<String> SENTENCE_ADVERBS = Set.of("meanwhile", "however", "yesterday", "today", "tonight",
            "tomorrow", "later", "earlier", "still", "instead", "separately", "elsewhere", "afterwards", "afterward",
            "overall", "finally", "first", "last", "next", "again", "even", "only", "just", "perhaps", "thus",
            "hence", "therefore", "otherwise", "besides", "indeed", "anyway", "sometimes", "often", "soon", "already",
            "together", "never", "either", "neither", "rather", "whereas", "whilst", "despite", "since", "unless",
            "although", "though", "because", "without", "within", "behind", "beyond", "inside", "outside", "near",
            "upon", "toward", "towards", "throughout", "amid", "amidst", "alongside", "beside", "during", "except",
            "following", "regarding", "dear", "hi", "hello", "yes", "oh", "well", "please", "sorry", "what", "why",
            "where", "who", "whom", "whose", "asked", "thank");

    /**
     * Nouns for a body of people or a text, never one person: "the Dutch company said", "the Kenyan report said".
     */
    static final Set<String> COLLECTIVES = Set.of("company", "firm", "group", "ministry", "agency", "government",
            "department", "office", "court", "council", "committee", "club", "team", "side", "party", "union", "bank",
            "board", "commission", "authority", "regulator", "carrier", "airline", "maker", "manufacturer", "retailer",
            "lender", "insurer", "utility", "network", "league", "federation", "association", "institute",
            "university", "school", "hospital", "police", "army", "military", "embassy", "parliament", "cabinet",
            "administration", "operator", "developer", "producer", "giant", "startup", "outlet", "newspaper",
            "broadcaster", "channel", "station", "service", "foundation", "charity", "organisation", "organization",
            "body", "watchdog", "exchange", "fund", "unit", "squad", "force", "navy", "coalition", "alliance", "bloc",
            "consortium", "chain", "brand", "platform", "website", "report", "statement", "study", "survey", "poll",
            "ruling", "filing", "letter", "data", "document", "agreement", "plan", "bill", "law", "decision",
            "campaign", "movement", "family", "crew", "delegation", "mission", "panel", "jury");

    /** Nouns of nationality that differ from the adjective, used for a person ("the Finn", "a Dane"). */
    static final Set<String> NATIONALITY_NOUNS = Set.of("finn", "dane", "swede", "pole", "turk", "scot",
            "brit", "briton", "spaniard", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "englishman",
            "englishwoman", "irishman", "irishwoman", "welshman", "welshwoman", "scotsman", "scotswoman", "icelander",
            "new zealander", "kiwi", "aussie", "luxembourger", "croat", "serb", "greenlander", "yank");

    /** Courtesy titles: stripped from names, never kept as a person's title. */
    static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.",
            "prof", "prof.", "sir", "dame", "madam", "madame", "mme", "m.", "herr", "frau", "comrade",
            // West African English: "Malam Sani Bello", "Alhaji Musa Danladi"
            "malam", "mallam", "alhaji", "alhaja", "hajia", "hajiya",
            // Malaysian English: "Datuk Seri Anwar Ibrahim"
            "datuk", "datin", "dato", "dato'", "seri", "puan", "encik",
            // Fijian English: the chiefly courtesy title ("Ratu Josefa Naulu", an invented name)
            "ratu",
            // Myanmar English: "U" for a man, "Daw" for a woman, "Sayadaw" for an abbot; Bhutanese English: "Dasho"
            // (invented names: "U Kyaw Lin Naing", "Daw Aye Myat Soe", "Dasho Pema Tenzin")
            "u", "daw", "sayadaw", "dasho",
            // French, Spanish, Portuguese and Italian courtesy titles: "Maître" for a lawyer or notary, "Sra.", "Dott."
            "maître", "maitre", "me.", "sr.", "sra.", "srta.", "señor", "señora", "sig.", "sig.ra", "dott.", "dott.ssa",
            "avv.",
            // Portuguese and Spanish respect for a woman before her given name ("Dona Lurdes", "Doña Carmen"); not
            // "Don"/"Dom", which are also given names in English
            "dona", "doña",
            // Amharic "Ato" (Mr) and "Weizero" (Mrs), Setswana "Kgosi" (chief), Samoan "Afioga" (the address of a
            // titled chief): "Ato Abebe Tesfaye", "Kgosi Mothibi", "Afioga Lemalu Sione" (invented names)
            "ato", "w/ro", "weizero", "woizero", "kgosi", "afioga",
            // South Asian "Maulana" (a Muslim scholar), Khmer "Oknha" (a tycoon's honour), Marshallese "Iroij" (a
            // paramount chief), "Engr." of Nigerian English: "Maulana Abdul Qadir", "Oknha Sok Piseth" (invented names)
            "maulana", "oknha", "iroij", "engr", "engr.",
            // Zimbabwean "Cde" (Comrade), Bruneian Malay "Awang" (Mr) and "Dayang" (Ms), Akan "Osabarima" and Ewe
            // "Togbe" (chiefs), Yoruba "Oba" (a king), Swahili "Mzee" (an elder): "Cde Tendai Moyo", "Awang Rosli bin
            // Ahmad", "Osabarima Kofi Boateng II". Not "Haji" alone, a given name in East Africa and Pakistan
            "cde", "cde.", "awang", "dayang", "osabarima", "togbe", "togbui", "oba", "mzee",
            // Sesotho "Ntate" (Mr) and "'M'e" (Mrs), Bruneian "Pehin" (a minister's or noble's honour): "Ntate Thabo
            // Mokoena", "Pehin Abdul Karim" (invented names)
            "ntate", "'m'e", "m'e", "pehin",
            // Malay "Hajah", a woman who has made the pilgrimage, before her name; no given name, unlike "Haji"
            "hajah",
            // "Hon." with its full stop, the Honourable of a minister or member ("the Hon. Ana Ruiz"); "Hon" without it
            // is in SHORT_HONORIFICS
            "hon.");

    /**
     * Malaysian courtesy titles of two words whose first word alone is a name ("Tan" is a common surname): stripped
     * only together, before a name of two words or more ("Tan Sri Abdul Rahman", "Toh Puan Aishah Ali").
     */
    static final Set<String> PAIRED_HONORIFICS = Set.of("tan sri", "toh puan", "puan sri",
            // Bruneian "Awang Haji", "Dayang Hajah": the courtesy title and the pilgrim's, before the name
            "awang haji", "dayang hajah", "dayang haji",
            // Malay "Yang Berhormat" (the Honourable, of a member of a legislature) and "Yang Mulia" (His or Her
            // Excellency), often before the Bruneian titles above; "Yang" alone is a Chinese surname
            "yang berhormat", "yang mulia");

    /**
     * Military ranks of two words written without full stops, as British, South Asian and African English write
     * them ("Lt Gen (retd) Asif Qureshi", "Maj Gen Ama Owusu"): stripped together from a name, and never a person on
     * their own. "Gen" alone is no rank here: it is a Japanese given name ("Gen Nakatani").
     */
    static final Set<String> RANK_PAIRS = Set.of("lt gen", "maj gen", "brig gen", "lt col", "lt cdr", "rear adm",
            "vice adm", "air cdre", "wg cdr", "sqn ldr", "flt lt", "lt general", "major general", "brigadier general",
            "lieutenant general", "lieutenant colonel", "rear admiral", "vice admiral", "air marshal",
            "air commodore", "wing commander", "squadron leader", "flight lieutenant");

    /** Whether tokens {@code k} and {@code k + 1} are a rank of two words ({@link #RANK_PAIRS}). */
    static boolean rankPair(List<Token> t, int k) {
        return k >= 0 && k + 1 < t.size()
                && RANK_PAIRS.contains(lower(t.get(k).text()) + " " + lower(t.get(k + 1).text()));
    }

    /**
     * A peer's style, which news writes as part of the name ("Lord Harcastle said", "Baroness Ortiz"), capitalised;
     * never a short form of the name on its own ("the noble Lord's affection").
     */
    static final Set<String> PEER_STYLES = Set.of("Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess",
            "Earl", "Countess", "Marquess", "Marchioness");

    /**
     * Courtesy words that are also names elsewhere, with the fewest words of name that must follow one for it to be
     * a courtesy title. Myanmar English "Ma" (a young woman) and "Ko" (a young man) are Chinese and Korean surnames
     * ("Ma Lin"), so only before three words ("Ma Khin Ei Phyu"), which no Chinese or Korean name after its surname
     * is. The "Pa" of an elder in Sierra Leone, Fijian "Adi" (a chiefly woman; a given name in Indonesia and India,
     * "Adi Godrej"), Fon "Dah" (a dignitary in Benin) and the Swahili "Mama" of respect for a woman ("Mama Neema Kileo";
     * a nickname before one word, "Mama Cass"): before two words at least. So is "Hon", the Honourable of a minister or
     * member in the Commonwealth's Hansards and papers ("Hon Matiu Paewai"), a Cantonese name's syllable elsewhere.
     */
    static final Map<String, Integer> SHORT_HONORIFICS = Map.of("ma", 3, "ko", 3, "pa", 2, "adi", 2, "dah", 2,
            "mama", 2, "hon", 2);

    /**
     * Title words and courtesy titles that are also given names ("Dean Acheson", "Malam" in Guinea-Bissau, "Prince" in
     * Liberia and Nigeria): before a surname alone they are the name's first word, not a title. "Prince" only before
     * a hyphenated surname: news writes a royal's second reference as "Prince" and one given name ("Prince Faisal").
     */
    static final Set<String> GIVEN_NAME_TITLES = Set.of("dean", "prince", "malam", "mallam");

    /** Verbs that report speech or a stance; a name followed by one is the speaker, not a place. */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "tells", "tell", "added", "adds",
            "noted", "notes", "stressed", "stresses", "argued", "argues", "explained", "explains", "wrote",
            "writes", "stated", "states", "warned", "warns", "commented", "comments", "suggested", "suggests",
            "believes", "believed", "claimed", "claims", "asserted", "asserts", "insisted", "insists", "according",
            "announced", "announces", "reported", "reports", "replied", "answered", "predicted", "predicts",
            "emphasized", "emphasised", "underlined", "observed", "remarked", "urged", "urges", "declared",
            "acknowledged", "conceded", "affirmed", "confirmed", "denied", "pointed", "mentioned", "recalled",
            "tweeted", "tweets", "testified", "testifies");

    /** Prepositions after which a capital is a place ("arrived in Moscow"), not the government acting. */
    static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "into", "near", "outside", "inside",
            "via", "through", "toward", "towards", "across", "around", "within", "of", "over", "throughout",
            "beyond", "between", "leaving", "left", "reached", "reaching", "visit", "visited",
            "visiting", "visits", "arrived", "departed", "landed");

    /** Head nouns that stand for an expert commentator ("the expert said" after an analyst's quote). */
    static final Set<String> EXPERT_HEADS = Set.of("expert", "analyst", "scholar", "academic", "professor",
            "researcher", "observer", "specialist", "fellow");

    /** Head nouns that stand for the head of a state or government ("the Chinese leader"). */
    static final Set<String> LEADER_HEADS = Set.of("leader", "president", "premier", "chairman", "king", "queen",
            "emperor", "chancellor", "ruler", "dictator", "monarch", "sultan", "emir");

    /** Head nouns that stand for a country's diplomat ("the top North Korean diplomat"). */
    static final Set<String> DIPLOMAT_HEADS = Set.of("diplomat", "envoy", "ambassador");

    /** Words that never begin a name even when the tagger includes them. */
    static final Set<String> NOT_NAME = Set.of("the", "a", "an", "of", "and", "'s", "’s", "'", "’", "s");

    /**
     * Agent nouns by an ending no first name has: "hydrologist", "seamstress", "auctioneer", "chairwoman",
     * "veterinarian", "electrician". Names ending so ("Marian", "Lucian") are too short. "-man" is not among them:
     * it ends as many surnames (Goldman, Freeman, Chapman) as nouns; see {@link #isCommonNoun}.
     */
    private static final Pattern AGENT = Pattern.compile("\\p{L}{3,}(?:ist|ess|eer|woman|arian|ician)");

    /** Numbers in words and words of quantity that stand before a plural noun ("one of four anaesthetists"). */
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "dozen", "dozens", "hundreds", "several", "many", "few",
            "only", "just");

    /** Whether a word, in lower case, is a number in words or a word of quantity (see {@link #NUMBER_WORDS}). */
    static boolean isNumberWord(String lower) {
        return NUMBER_WORDS.contains(lower);
    }

    /** Whether a word, in lower case, ends like an agent noun (see {@link #AGENT}). */
    static boolean isAgentNoun(String lower) {
        return AGENT.matcher(lower).matches();
    }

    /**
     * "Fisherman X", "Ferryman X": a compound agent noun in "-man" on a stem of four letters or more, opening a sentence
     * before a full name. Short stems end given names ("Herman", "Norman"); the surnames in "-man" ("Goldman") never
     * stand right before another full name. A vowel before "hman" or an "-iman" ends Arabic given names
     * ("Abdirahman", "Abdulrahman", "Suleiman"), which English compounds never do.
     */
    static boolean isCompoundAgent(String word) {
        String w = lower(word);
        return w.matches("\\p{L}{4,}(?:man|woman)") && !w.matches(".*(?:[aeiou]hman|iman)");
    }

    /**
     * The words an article writes in lower case: a capitalised one of them is a common noun capitalised by position
     * ("Beekeeper Ola Lind" in an article that speaks of beekeepers). The set also holds, as written, the capitalised
     * words the article writes inside a sentence, after a word that is no punctuation ("said Warner", "Dana
     * Warner"): those are names, whatever verbs the article uses (headlines, which capitalise every word, are left
     * out). No lower-case word collides with them. Read once per article.
     */
    static Set<String> lowerCaseWords(List<Sentence> sentences) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i).text();
                if (w.isEmpty()) {
                    continue;
                }
                char c = w.charAt(0);
                if (Character.isLowerCase(c)) {
                    out.add(w);
                } else if (i > 0 && s.section() != Section.TITLE && Character.isUpperCase(c) && w.length() > 1
                        && Character.isLowerCase(w.charAt(1))
                        && Character.isLetterOrDigit(tokens.get(i - 1).text().charAt(0))) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * Whether a capitalised word is a common noun: the article writes it (or its plural, "fishermen" for
     * "Fisherman") in lower case, it ends like an agent noun, or it is the agent noun of a verb the article writes in
     * lower case ("Packer" in an article about packing, "Organiser" where events are organised).
     */
    static boolean isCommonNoun(String word, Set<String> lowerCaseWords) {
        String l = lower(word);
        if (l.length() < 3) {
            return false; // "I" of "I Gede Suryawan" is no plural of "is", nor "Ni" one of "nis"
        }
        return lowerCaseWords.contains(l) || lowerCaseWords.contains(l + "s") || isAgentNoun(l)
                || l.endsWith("man") && lowerCaseWords.contains(l.substring(0, l.length() - 3) + "men")
                || agentOfVerb(word, l, lowerCaseWords);
    }

    /**
     * "packer" after "packing", "organiser" after "organised": a stem of four letters or more (shorter ones are
     * parts of given names: "Peter", "Amber") that the article writes as a verb's participle. The bare stem is no
     * evidence ("port" for "Porter", "hunt" for "Hunter" are nouns too), and a word the article also capitalises
     * inside a sentence is a name ("Dana Walker" where people are walking, "said Warner" where officials warned).
     */
    private static boolean agentOfVerb(String word, String lower, Set<String> lowerCaseWords) {
        int cut = lower.endsWith("ers") ? 3 : lower.endsWith("er") ? 2 : 0;
        if (cut == 0 || lower.length() - cut < 4 || lowerCaseWords.contains(word)) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - cut);
        return lowerCaseWords.contains(stem + "ing") || lowerCaseWords.contains(stem + "ed");
    }

    static boolean isTitleHead(String word) {
        return TITLE_HEADS.contains(lower(word));
    }

    static boolean isTitleWord(String word) {
        String w = lower(word);
        return TITLE_HEADS.contains(w) || TITLE_MODIFIERS.contains(w);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Well-known organisations by every name: key of a name → canonical name. */
    static final Map<String, String> ORGANIZATIONS = loadOrganizations();

    private static Map<String, String> loadOrganizations() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("organizations.txt")) {
            if (in == null) {
                throw new IllegalStateException("organizations.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                String name = f[0].strip();
                out.put(CountryTable.key(name), name);
                if (f.length > 1) {
                    for (String alias : f[1].split(";")) {
                        if (!alias.isBlank()) {
                            out.put(CountryTable.key(alias.strip()), name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read organizations.txt", e);
        }
        return Map.copyOf(out);
    }
}
