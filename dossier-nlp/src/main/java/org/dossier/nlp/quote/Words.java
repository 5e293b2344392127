package org.dossier.nlp.quote;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English words attribution reads: verbs that report speech, pronouns, role nouns that stand for a
 * speaker ("the professor", "the ministry"), and the small words that may sit between a speaker and a verb.
 * English only: in other languages quotation marks are still found, but a speaker only through a name
 * right next to the quote.
 */
final class Words {
    private Words() {
    }

    /**
     * Verbs that frame a direct quote ({@code "…," she said}) in every form news uses. Includes verbs that
     * only frame a quotation ("asked", "continued", "joked") and are not used for reported speech.
     */
    private static final Set<String> FRAME_ONLY = Set.of(
            "asked", "asks", "continued", "continues", "joked", "jokes", "quipped", "quips", "mused", "muses",
            "recounted", "recounts", "laughed", "replied", "replies", "responded", "responds", "retorted", "countered",
            "counters", "began", "begins", "concluded", "concludes", "elaborated", "elaborates", "quoted",
            "tweeted", "tweets", "posted", "wondered", "wonders", "cautioned", "cautions", "agreed", "agrees",
            "lamented", "laments", "summed", "put", "puts", "shouted", "exclaimed", "whispered", "pleaded");

    /** Verbs that report speech and take a reported clause ("said that …", "warned the talks would …"). */
    private static final Set<String> REPORTING = Set.of(
            "said", "says", "say", "told", "tells", "informed", "informs", "added", "adds", "stressed", "stresses",
            "argued", "argues", "noted", "notes", "warned", "warns", "suggested", "suggests", "insisted", "insists",
            "explained", "explains", "stated", "states", "claimed", "claims", "asserted", "asserts", "affirmed", "affirms",
            "announced", "announces", "declared", "declares", "acknowledged", "acknowledges", "admitted",
            "admits", "conceded", "concedes", "predicted", "predicts", "emphasized", "emphasised", "emphasizes",
            "emphasises", "underlined", "underlines", "underscored", "underscores", "recalled", "recalls",
            "confirmed", "confirms", "denied", "denies", "maintained", "maintains", "reiterated", "reiterates",
            "wrote", "writes", "reported", "reports", "observed", "observes", "remarked", "remarks", "commented",
            "comments", "complained", "complains", "estimated", "estimates", "pointed", "points", "hinted",
            "hints", "indicated", "indicates", "revealed", "reveals", "disclosed", "discloses", "alleged",
            "alleges", "charged", "contended", "contends", "countered", "mentioned", "mentions", "vowed", "vows",
            "promised", "promises", "pledged", "pledges", "clarified", "signalled", "signaled", "cautioned",
            "cautions",
            "forecast", "forecasts", "speculated", "speculates", "assured", "assures", "reminded", "requested",
            "requests", "urged", "urges", "proposed", "proposes", "recommended", "recommends", "demanded", "demands",
            "replied", "responded", "answered", "retorted", "accepted", "accepts", "ruled", "testified", "testifies");

    /** Forms that are as often nouns ("member states", "the notes", "reports say"): only with "that" after. */
    private static final Set<String> NOUN_LIKE = Set.of("states", "notes", "claims", "reports", "comments", "remarks",
            "estimates", "points", "forecast", "forecasts", "charged", "promises", "vows", "put", "puts",
            "signals", "hints", "posted", "requests", "urges", "proposed", "proposes", "recommended",
            "demands", "demanded");

    /**
     * Verbs of reacting in words ("dismissed the remarks", "questioned the timing", "was more cautious" is not
     * one): their subject has just had a say, so the next "he said" most likely means them. No quote of their own.
     */
    private static final Set<String> REACTING = Set.of("questioned", "questions", "criticised", "criticized",
            "criticises", "criticizes", "disputed", "disputes", "dismissed", "dismisses", "rejected", "rejects",
            "welcomed", "welcomes", "praised", "praises", "responded", "responds", "disagreed", "disagrees",
            "objected", "objects", "defended", "defends", "challenged", "challenges", "denounced", "denounces",
            "condemned", "condemns", "slammed", "slams", "hailed", "hails", "cautioned", "cautions", "countered",
            "conceded", "concedes", "acknowledged", "apologised", "apologized", "complained", "protested",
            "appealed", "pleaded", "vowed", "promised", "pledged", "warned", "insisted", "replied", "spoke",
            "speaks", "commented", "reacted", "reacts", "weighed", "testified", "testifies", "declined", "refused",
            "asked", "lashed", "blamed", "accused", "thanked", "congratulated", "announced", "backed", "backs",
            "supported", "supports", "opposed", "opposes", "endorsed", "endorses", "urged", "urges",
            // "X was responding to …", "X was speaking at …": the one the lead described, now named
            "responding", "replying", "speaking");

    /** A verb of reacting in words, or any speech verb. */
    static boolean isReacting(String word) {
        return REACTING.contains(lower(word)) || isFrameVerb(word);
    }

    /** Words that may stand between a speaker and the speech verb ("also said", "has long argued"). */
    private static final Set<String> BETWEEN = Set.of("also", "later", "then", "further", "again", "previously",
            "earlier", "once", "recently", "reportedly", "repeatedly", "simply", "flatly", "has", "had", "have",
            "was", "were", "is", "would", "will", "long", "since", "bluntly", "openly", "publicly", "privately",
            "separately", "subsequently", "immediately", "quickly", "firmly", "strongly", "still", "even", "just",
            "often", "frequently", "originally", "initially", "first", "last", "explicitly", "clearly", "only", "now");

    /** Personal pronouns that can be a speaker, with their gender ('m', 'f'). */
    private static final Map<String, Character> PRONOUNS = Map.of("he", 'm', "she", 'f');

    /** Plural or generic subjects that name no one ("experts said"): the speech is not attributable. */
    private static final Set<String> GENERIC = Set.of("experts", "analysts", "officials", "observers", "sources",
            "diplomats", "critics", "people", "residents", "scholars", "researchers", "others", "some", "many", "most",
            "reports", "media", "witnesses", "commentators", "insiders", "they", "we", "i", "it", "one", "few",
            "several", "both", "lawmakers", "activists", "economists", "who", "which", "that", "there", "everyone",
            "someone", "anyone", "nobody", "leaders", "authorities", "statement", "report", "letter",
            "article", "editorial", "document", "survey", "poll", "study", "data", "figures");

    /**
     * Role nouns of people, by the class in which one fits another's title ("the expert" fits a professor,
     * "the former minister" a spokesman's boss). Roles outside these classes fit only a title with that word.
     */
    private static final Map<String, String> ROLE_CLASSES = roles(
            "expert", "expert analyst scholar academic professor researcher observer specialist fellow economist "
                    + "lecturer commentator strategist historian scientist",
            "leader", "leader president premier chairman chairwoman king queen emperor chancellor ruler dictator "
                    + "monarch sultan emir taoiseach",
            "diplomat", "diplomat envoy ambassador negotiator",
            "official", "official minister spokesman spokeswoman spokesperson secretary aide adviser advisor "
                    + "governor mayor senator lawmaker deputy representative commissioner politician delegate "
                    + "councillor councilor congressman congresswoman legislator director director-general "
                    + "superintendent administrator tánaiste tanaiste informateur formateur "
                    // "the chamber's top Republican said": a party's member in office, as US news calls one
                    + "republican democrat",
            // a court's bench: "the judge" is the one the text titled "Justice", "Sheriff" or "Magistrate"
            "judge", "judge justice magistrate sheriff",
            // "the parent", "the mother of three": family roles are how local news presents residents
            "parent", "parent mother father",
            "military", "general commander officer colonel captain marshal admiral lieutenant sergeant soldier");

    /** Other role nouns: they fit a title that has the same word. */
    private static final Set<String> OTHER_ROLES = Set.of("director", "chief", "head", "executive", "manager",
            "lawyer", "attorney", "activist", "journalist", "editor", "founder", "mediator", "consultant", "pollster",
            "campaigner", "organiser", "organizer", "worker", "coordinator", "inspector", "chairperson", "owner",
            "trader", "banker", "investor", "farmer", "teacher", "doctor", "engineer", "resident", "student",
            "prosecutor", "correspondent", "reporter", "columnist", "author", "writer", "member",
            "candidate", "nominee", "challenger", "incumbent", "secretary-general", "meteorologist", "physician",
            "nurse", "surgeon",
            "architect", "officer", "priest", "bishop", "imam", "rabbi", "coach", "player", "driver", "pilot",
            "victim", "witness", "survivor", "refugee", "veteran", "producer",
            "director-general", "ceo", "cfo", "treasurer", "president-elect", "minister-president", "premier",
            "constable", "broker", "strategist", "chairman", "barrister", "solicitor", "advocate", "skipper",
            "convener", "convenor", "depute", "premier-elect", "astronomer",
            "principal", "dean", "rector", "provost", "curator", "governor-general", "vice-president", "chair",
            "bailiff", "anchor", "presenter", "host", "moderator", "operator", "counterpart");

    /** Abbreviations of titles and what they stand for ("the CEO" fits a chief executive). */
    private static final Map<String, String> TITLE_ALIASES = Map.ofEntries(Map.entry("ceo", "chief executive"),
            Map.entry("cfo", "chief financial"), Map.entry("coo", "chief operating"), Map.entry("pm", "prime minister"),
            Map.entry("fm", "foreign minister"), Map.entry("mp", "member of parliament"),
            Map.entry("gm", "general manager"), Map.entry("md", "managing director"),
            Map.entry("cto", "chief technology"), Map.entry("cio", "chief information"),
            Map.entry("cs", "cabinet secretary"), Map.entry("dg", "director-general"),
            Map.entry("ppro", "public relations officer"), Map.entry("pro", "public relations officer"),
            Map.entry("ag", "attorney general"));

    /**
     * Abbreviated titles that stand alone for a person ("the CTO said", "the PPRO said"); not "GM", "MD" or "AG", which
     * are as often a company or a place.
     */
    private static final Set<String> ROLE_ABBREVIATIONS = Set.of("ceo", "cfo", "coo", "cto", "cio", "cs", "dg",
            "ppro");

    /** What an abbreviated title stands for ("prime minister" for "PM"), or null. */
    static String expansion(String word) {
        return TITLE_ALIASES.get(lower(word));
    }

    /** Abbreviated titles before a name ("Sen. Mark Ellison", "Gen. Park"), by class. */
    private static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(Map.entry("pm.", "leader"),
            Map.entry("mp.", "official"), Map.entry("sen.", "official"),
            Map.entry("rep.", "official"), Map.entry("gov.", "official"), Map.entry("gen.", "military"),
            Map.entry("lt.", "military"), Map.entry("col.", "military"), Map.entry("sgt.", "military"),
            Map.entry("capt.", "military"), Map.entry("adm.", "military"), Map.entry("maj.", "military"),
            Map.entry("cmdr.", "military"), Map.entry("pres.", "leader"), Map.entry("amb.", "diplomat"),
            Map.entry("prof.", "expert"), Map.entry("supt.", "official"), Map.entry("insp.", "official"),
            Map.entry("coun.", "official"), Map.entry("cllr.", "official"));

    /** Nouns heading an organisation that speaks ("the ministry said", "the agency reported"). */
    private static final Set<String> ORG_HEADS = Set.of("ministry", "agency", "government", "department", "office",
            "committee", "council", "party", "embassy", "military", "army", "navy", "company", "bank", "group",
            "foundation", "institute", "university", "commission", "parliament", "assembly", "court", "police",
            "administration", "cabinet", "kremlin", "secretariat", "organisation", "organization", "union",
            "alliance", "command", "headquarters", "regime", "campaign", "firm", "broadcaster", "newspaper",
            "outlet", "network", "service", "center", "centre", "board", "federation", "association", "club",
            "league", "team", "mission", "delegation", "house", "pentagon", "consulate", "bureau", "authority",
            "prefecture", "customs", "municipality", "inspectorate", "directorate", "tribunal");

    /** Words that open an adjunct between a speech verb and what follows ("said on Tuesday", "told reporters in"). */
    private static final Set<String> ADJUNCT = Set.of("in", "on", "at", "during", "to", "after", "before", "while",
            "when", "with", "from", "via", "through", "following", "ahead", "late", "early", "last", "this",
            "earlier", "later", "yesterday", "today", "tonight", "overnight", "by", "over", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "afterwards", "again", "also",
            "separately", "privately", "publicly", "outside", "inside", "near", "across", "within", "amid", "beside",
            "alongside", "behind", "around", "throughout", "previously", "repeatedly", "as");

    /** Lower-case words that may stand inside a title or a description before its head ("the top North Korean"). */
    private static final Set<String> MODIFIERS = Set.of("former", "top", "senior", "foreign", "deputy", "vice",
            "chief", "prime", "then", "new", "veteran", "visiting", "associate", "assistant", "research",
            "international",
            "relations", "of", "for", "defense", "defence", "state", "national", "security", "affairs", "acting",
            "special", "political", "policy", "general", "military", "economic", "nuclear", "trade", "finance",
            "unification", "press", "executive", "managing", "permanent", "presidential", "government", "party",
            "retired", "longtime", "independent", "leading", "prominent", "well-known", "respected", "outspoken",
            "same", "other", "second", "first", "-", "'s", "’s", "studies",
            "program", "programme", "department", "institute", "university", "ministry", "agency", "office");

    /** Words that can begin a reported clause said without "that" ("said the talks would …"). */
    private static final Set<String> CONNECTIVES = Set.of("but", "and", "or", "so", "yet", "meanwhile", "however",
            "also", "then", "now", "still", "instead", "separately", "later", "earlier", "elsewhere", "finally");

    private static final Set<String> CLAUSE_STARTS = Set.of("the", "a", "an", "it", "he", "she", "they", "we", "i",
            "there", "this", "these", "those", "its", "his", "her", "their", "our", "some", "no", "any", "both",
            "all", "every", "each", "such", "neither", "either", "none", "many", "most", "one", "two", "nothing");

    /** Finite verbs and auxiliaries that show a clause follows ("said China would", "argued relations were"). */
    private static final Set<String> FINITE = Set.of("would", "will", "could", "can", "may", "might", "must",
            "should", "shall", "is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "remains",
            "remained", "needs", "needed", "wants", "wanted", "seems", "seemed", "appears", "appeared", "showed",
            "shows", "marked", "marks", "meant", "means", "lacked", "lacks", "'s", "’s", "isn't", "wasn't",
            "won't", "can't", "made", "took", "gave", "came", "went", "saw", "knew", "thought", "felt", "left",
            "kept", "held", "met", "led", "sent", "spent", "stood", "won", "lost", "became", "began", "brought",
            "bought", "fell", "rose", "grew", "got", "set", "hit", "cut", "ran", "paid", "sold", "told", "found",
            "built", "broke", "chose", "drove", "fought", "forgot", "hid", "rode", "shook", "struck", "swore",
            "threw", "wore", "wrote", "understood", "sought", "taught", "caught", "dealt", "slept");

    /**
     * Common given names whose bearer is usually a woman or a man, so that "she said" skips a man quoted just
     * before. Evidence only: the article's own "Ms."/"Mr." wins, and a name on neither list has no gender.
     */
    private static final Set<String> FEMALE_NAMES = Set.of(
            "aaliyah", "abigail", "achieng", "adaeze", "agata", "agnieszka", "aiko", "aisha", "akiko", "alessandra",
            "alice", "alicja", "alina", "amanda", "amelie", "amina", "amira", "amy", "ana", "ananya", "anastasia",
            "andrea", "angela", "anjali", "ann", "anna", "annalena", "anne", "anne-marie", "ashley", "astrid",
            "aylin", "ayse", "barbara", "beata", "beatriz", "betty", "birgit", "brenda", "camila", "camille",
            "carmen", "carol", "catalina", "catherine", "celine", "chantal", "charlotte", "chiamaka", "chiara",
            "chloe", "christina", "christine", "claire", "claudia", "condoleezza", "cynthia", "daniela", "daria",
            "deborah", "deepika", "diane", "dimitra", "dina", "divya", "donna", "dorota", "dorothy", "ekaterina",
            "elena", "eleni", "elif", "elin", "elisa", "elizabeth", "emi", "emily", "emine", "emma", "esther", "eva",
            "ewa", "farah", "fatima", "fatma", "fatoumata", "federica", "fernanda", "frances", "francesca",
            "francoise", "frederiksen", "freja", "gabriela", "galina", "georgia", "giulia", "gloria", "grace",
            "greta", "halima", "hana", "hanna", "hannah", "haruka", "heather", "helen", "helene", "hilde", "hillary",
            "hiroko", "huda", "indira", "ines", "ingrid", "ioanna", "irina", "isabel", "isabelle", "jacinda",
            "jacqueline", "jana", "janet", "janice", "jean", "jennifer", "jessica", "joan", "joanna", "judith",
            "julia", "juliana", "kaja", "kamala", "karen", "karin", "kasia", "katarzyna", "katerina", "katharina",
            "katherine", "kathleen", "kathryn", "kavita", "keiko", "kelly", "kimberly", "kristin", "lakshmi",
            "laura", "lauren", "layla", "lea", "leah", "leila", "lina", "lenka", "leyla", "linda", "lisa", "liv", "liz",
            "lucia", "luisa", "lyudmila", "madison", "magdalena", "mai", "maja", "malgorzata", "manon", "margaret",
            "margrethe", "maria", "mariam", "mariana", "marie", "marina", "marine", "marit", "marta", "martha",
            "martina", "mary", "maryam", "meera", "megan", "mei", "melissa", "merve", "michelle", "miriam", "misaki",
            "monika", "nadia", "nancy", "naomi", "natalia", "natalie", "natasha", "nathalie", "neha", "ngozi",
            "nicola", "nicole", "nikki", "noa", "noor", "oksana", "olena", "olga", "olivia", "pamela", "paola",
            "patricia", "paula", "petra", "pilar", "polina", "pooja", "priya", "rachel", "rania", "rebecca", "rishi",
            "rosa", "rose", "ruth", "sabine", "sakura", "salma", "samantha", "samira", "sandra", "sanna", "sara",
            "sarah", "segolene", "sharon", "shira", "shirley", "shreya", "sigrid", "silvia", "sofia", "solveig",
            "sonia", "sophia", "sophie", "stephanie", "sunita", "susan", "svetlana", "sylvie", "tamar", "tatiana",
            "teresa", "theresa", "ursula", "valentina", "valeria", "valerie", "veronika", "victoria", "wanjiru",
            "ximena", "yasmin", "yekaterina", "yoko", "yuki", "yulia", "yumi", "zainab", "zeynep", "zofia", "zuzana");

    private static final Set<String> MALE_NAMES = Set.of(
            "aaron", "abdullah", "adam", "ahmad", "ahmed", "ahmet", "akira", "alan", "albert", "alberto",
            "alejandro", "aleksei", "alessandro", "alexander", "alexei", "alexey", "ali", "amit", "anders",
            "andreas", "andrei", "andres", "andrew", "andrey", "andriy", "andrzej", "angelo", "anil", "anthony",
            "antoine", "anton", "antonio", "arjun", "arthur", "ashok", "austin", "avi", "barack", "benjamin",
            "billy", "bjorn", "bobby", "boris", "bradley", "brandon", "brian", "bruce", "bryan", "carl", "carlos",
            "charles", "chinedu", "christian", "christopher", "christos", "cyril", "daniel", "david", "dennis",
            "diego", "dimitris", "dmitri", "dmitry", "donald", "douglas", "dylan", "eduardo", "edward", "emeka",
            "emmanuel", "emre", "enrico", "eric", "erik", "ethan", "eugene", "faisal", "fernando", "francesco",
            "francois", "frank", "fredrik", "friedrich", "gabriel", "gary", "george", "gerald", "gerhard", "giorgio",
            "giorgos", "giovanni", "giuseppe", "gregory", "hakan", "halil", "hamza", "hans", "harold", "haruki",
            "haruto", "hassan", "heinrich", "helmut", "henrik", "henry", "hideki", "hiroshi", "hussein", "ibrahim",
            "ichiro", "igor", "ismail", "itzhak", "ivan", "jack", "jacob", "jacques", "jakub", "james", "jan",
            "jason", "javier", "jean-luc", "jeffrey", "jens", "jeremy", "jerry", "jesse", "joao", "joe", "johan",
            "john", "johnny", "jomo", "jonathan", "jordan", "jorge", "jose", "joseph", "joshua", "juan", "julien",
            "jurgen", "justin", "karim", "kazuo", "keith", "kemal", "kenji", "kenneth", "kevin", "khalid", "klaus",
            "kofi", "kostas", "krzysztof", "kwame", "kyle", "larry", "lars", "laurent", "lawrence", "logan",
            "lorenzo", "luca", "luis", "lukas", "lukasz", "magnus", "mahmoud", "manoj", "manuel", "marco", "marcus",
            "marek", "mario", "mark", "mats", "matteo", "matthew", "maxim", "mehmet", "michael", "miguel", "mike",
            "mikhail", "mohammed", "moshe", "muhammad", "murat", "mustafa", "nabil", "naftali", "narendra", "nathan",
            "nicholas", "nicolas", "nikolai", "nikos", "nils", "noah", "olaf", "oleg", "oleksandr", "olivier",
            "olof", "oluwaseun", "omar", "oren", "orhan", "osman", "pablo", "panagiotis", "paolo", "patrick", "paul",
            "paulo", "pavel", "pawel", "pedro", "peter", "philip", "philippe", "pierre", "piotr", "rafael", "rahul",
            "rajesh", "ramon", "ravi", "raymond", "recep", "rex", "ricardo", "richard", "robert", "roberto", "roger",
            "rohan", "ronald", "rui", "russell", "ryan", "samir", "samuel", "sanjay", "scott", "sean", "sergei",
            "sergey", "sergio", "shinji", "shinzo", "stefano", "stephen", "steven", "sunil", "suresh", "sven",
            "takeshi", "tariq", "taro", "terry", "thabo", "thierry", "thomas", "timothy", "tomas", "tomasz", "tunde",
            "tyler", "uhuru", "vassilis", "vijay", "vikram", "viktor", "vincent", "vladimir", "volodymyr", "walid",
            "walter", "william", "willie", "wojciech", "wolfgang", "yair", "yannis", "yossi", "youssef", "yuri",
            "yusuf", "zachary");

    /** Nouns that tell a person's gender when they stand in the person's description ("Kim's sister"). */
    private static final Map<String, Character> GENDERED = genderedNouns(
            "sister wife daughter mother widow woman girl actress queen princess spokeswoman chairwoman "
                    + "congresswoman businesswoman grandmother aunt niece stepmother girlfriend",
            "brother husband son father widower man boy actor king prince spokesman chairman congressman "
                    + "businessman grandfather uncle nephew stepfather boyfriend");

    private static Map<String, Character> genderedNouns(String female, String male) {
        Map<String, Character> out = new java.util.HashMap<>();
        for (String w : female.split(" ")) {
            out.put(w, 'f');
        }
        for (String w : male.split(" ")) {
            out.put(w, 'm');
        }
        return Map.copyOf(out);
    }

    /** 'f' or 'm' for a noun that tells gender ("sister", "spokesman"), else 0. */
    static char nounGender(String word) {
        Character g = GENDERED.get(lower(word));
        return g == null ? 0 : g;
    }

    /** 'm' for "his", "him", "himself"; 'f' for "her", "hers", "herself"; else 0. */
    static char possessiveGender(String word) {
        String w = lower(word);
        return w.equals("his") || w.equals("him") || w.equals("himself") ? 'm'
                : w.equals("her") || w.equals("hers") || w.equals("herself") ? 'f' : 0;
    }

    /** A peer's style, part of the name news writes ("Lord Ruiz", "Baroness Lind"), says the peer's sex. */
    private static final Set<String> PEER_STYLES_MALE = Set.of("lord", "baron", "earl", "viscount", "marquess");
    private static final Set<String> PEER_STYLES_FEMALE = Set.of("lady", "baroness", "countess", "viscountess",
            "marchioness");

    /**
     * The sex a full name's given name says: its first word's ({@link #genderOf}); but "Jean" before a second given
     * name and a surname ("Jean Bosco Habimana", "Jean Marie Kabila") is the French double name of a man, where
     * "Jean" alone is an English woman's.
     */
    static char givenNameGender(String name) {
        String[] words = name.trim().split("\\s+");
        if (words.length >= 3 && lower(words[0]).equals("jean")) {
            return 'm';
        }
        return genderOf(words[0]);
    }

    /** 'f' or 'm' for a given name on the lists, or for an honorific ("Ms.", "Mr."); else 0. */
    static char genderOf(String word) {
        String w = lower(word);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.equals("mr") || w.equals("sir") || w.equals("herr") || w.equals("monsieur")
                || PEER_STYLES_MALE.contains(w)) {
            return 'm';
        }
        if (w.equals("ms") || w.equals("mrs") || w.equals("miss") || w.equals("madam") || w.equals("madame")
                || w.equals("mme") || w.equals("frau") || w.equals("dame") || PEER_STYLES_FEMALE.contains(w)) {
            return 'f';
        }
        String plain = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return FEMALE_NAMES.contains(plain) ? 'f' : MALE_NAMES.contains(plain) ? 'm' : 0;
    }

    /** Documents that carry someone's words ("according to a statement issued by the ministry"). */
    private static final Set<String> DOCUMENTS = Set.of("notice", "statement", "report", "letter", "document",
            "release", "post", "readout", "communique", "communiqué", "transcript", "note", "filing", "memo",
            "bulletin", "announcement", "dispatch", "editorial", "commentary", "article", "message", "decree",
            "data", "figures", "statistics", "records", "survey", "poll", "study", "analysis", "research",
            "documents", "reports", "estimates", "projections", "video", "tweet", "recording", "broadcast");

    /** Documents a speaker issues in their own name, whose words "the statement said" quotes. */
    private static final Set<String> ISSUED = Set.of("statement", "communique", "communiqué", "release", "readout",
            "report");

    /** The members of a court, who write its rulings together ("the magistrates wrote"). */
    private static final Set<String> COURT_MEMBERS = Set.of("judges", "justices", "magistrates", "jurists");

    /** Whether a word, in lower case, names a court's members together. */
    static boolean isCourtMembers(String word) {
        return COURT_MEMBERS.contains(word);
    }

    /** A document its issuer speaks through ("the statement said"), lower case. */
    static boolean isIssued(String word) {
        return ISSUED.contains(word);
    }

    /** A document that carries someone's words. */
    static boolean isDocument(String word) {
        return DOCUMENTS.contains(lower(word));
    }

    /** Organisation nouns that stand for whichever organisation the text is about ("the company said"). */
    private static final Set<String> ANY_ORG = Set.of("company", "group", "firm", "organisation", "organization",
            "agency", "body", "institution", "network", "union", "party", "alliance", "coalition", "movement",
            "association", "carrier", "airline", "bank", "lender", "insurer", "retailer", "manufacturer", "maker",
            "startup", "broadcaster", "outlet", "newspaper", "watchdog", "regulator", "charity", "club",
            "programme", "program", "project", "initiative", "consortium", "cooperative", "co-operative");

    /**
     * Nouns that end the names of bodies and call them back ("the Halden Heritage Trust" … "according to the trust"),
     * but stand for no office, nor for any body at all as "the company" does: the text's body of that name.
     */
    private static final Set<String> NAME_HEADS = Set.of("trust", "society");

    static boolean isNameHead(String word) {
        return NAME_HEADS.contains(lower(word));
    }

    /** Nouns for a business by its trade, which stand for no body of their own ("the state utility"). */
    private static final Set<String> TRADES = Set.of("utility", "conglomerate", "operator", "refiner", "miner",
            "producer", "exporter", "supplier", "distributor", "developer", "chain", "publisher");

    /**
     * A noun for an organisation of any kind or trade ("the company", "the state utility", "the mining
     * conglomerate"), which after a sentence that opens with an organisation's name restates it.
     */
    static boolean isKindOfBody(String word) {
        return isAnyOrg(word) || TRADES.contains(lower(word));
    }

    private static final Set<String> PUBLIC_BODIES = Set.of("agency", "body", "institution", "regulator", "watchdog");

    /** Words in a body's name that make it a public office, not a business ("Institute", "Authority", "Board"). */
    private static final Set<String> PUBLIC_HEADS = Set.of("institute", "authority", "office", "board", "commission",
            "bureau", "agency", "directorate", "inspectorate", "administration", "department", "ministry", "council",
            "secretariat");

    private static final Set<String> BUSINESS_HEADS = Set.of("company", "firm", "group", "bank", "corporation",
            "corp", "inc", "ltd", "limited", "plc", "holdings");

    /**
     * Whether a description by a public body's noun ("the government agency that regulates the market") fits a
     * body whose name says it is a public office ("the Institute for the Regulation and Control of Cannabis"), not a
     * business ("National Ferry Company").
     */
    static boolean publicBodyFits(String head, String name) {
        if (!PUBLIC_BODIES.contains(lower(head))) {
            return false;
        }
        List<String> words = List.of(lower(name).split("[^\\p{L}]+"));
        return words.stream().anyMatch(PUBLIC_HEADS::contains) && words.stream().noneMatch(BUSINESS_HEADS::contains);
    }

    /** An organisation noun that stands for whichever organisation the text is about. */
    static boolean isAnyOrg(String word) {
        return ANY_ORG.contains(lower(word));
    }

    private static Map<String, String> roles(String... classAndWords) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < classAndWords.length; i += 2) {
            for (String w : classAndWords[i + 1].split(" ")) {
                out.put(w, classAndWords[i]);
            }
        }
        return Map.copyOf(out);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Frame verbs that are as often plain verbs of an event ("the inquest continues on Thursday", "the hearing began",
     * "the talks concluded", "both sides agreed"): they frame only a quotation right beside them.
     */
    private static final Set<String> EVENT_VERBS = Set.of("continued", "continues", "began", "begins", "concluded",
            "concludes", "summed", "put", "puts", "agreed", "agrees");

    /**
     * A verb that says someone spoke even in a sentence of its own, away from any quotation mark: a frame verb that is
     * not also a verb of an event ({@link #EVENT_VERBS}).
     */
    static boolean isSpeechVerb(String word) {
        return isFrameVerb(word) && !EVENT_VERBS.contains(lower(word));
    }

    /** A verb that frames a direct quote. */
    static boolean isFrameVerb(String word) {
        String w = lower(word);
        return REPORTING.contains(w) || FRAME_ONLY.contains(w);
    }

    /**
     * Reporting verbs that take a clause without "that" ("said the talks would …"); the others as often take an
     * object ("reported a drop in profit", "announced a new plan") and report a clause only after "that".
     */
    private static final Set<String> ZERO_THAT = Set.of("said", "says", "say", "told", "tells", "tell", "added",
            "adds", "argued", "argues", "warned", "warns", "insisted", "insists", "stressed", "stresses",
            "suggested", "suggests", "claimed", "claims", "asserted", "asserts", "maintained", "maintains",
            "predicted", "predicts", "wrote", "writes", "conceded", "concedes", "admitted", "admits", "estimated",
            "estimates", "complained", "complains", "contended", "contends", "hinted", "hints", "signalled",
            "signaled", "speculated", "cautioned", "cautions", "assured", "assures", "reminded", "explained", "explains", "emphasized",
            "emphasised", "noted", "notes", "acknowledged", "believes", "recalled", "recalls", "denied", "denies",
            "confirmed", "confirms");

    private static final Set<String> OBJECT_FIRST = Set.of("denied", "denies", "confirmed", "confirms");

    /** Reporting verbs of {@link #ZERO_THAT} that as often take an object ("denied the charges", "denied bail"). */
    static boolean takesObjectFirst(String lower) {
        return OBJECT_FIRST.contains(lower);
    }

    /** Whether a reporting verb takes a clause without "that". */
    static boolean takesBareClause(String word) {
        return ZERO_THAT.contains(lower(word));
    }

    /** Participles that hand a quotation to the clause's subject (", saying …", ", calling it \"…\""). */
    private static final Set<String> PARTICIPLES = Set.of("saying", "adding", "calling", "describing", "noting",
            "warning", "stressing", "insisting", "arguing", "claiming", "telling", "declaring", "urging",
            "branding", "labelling", "labeling", "dubbing", "terming", "accusing", "vowing", "explaining",
            "ruling", "finding"); // a court's: ", finding that they \"impermissibly burden\" …"

    /** A participle that hands a quotation to its clause's subject. */
    static boolean isParticiple(String word) {
        return PARTICIPLES.contains(lower(word));
    }

    /** A verb that reports speech with a clause after it. */
    static boolean isReportingVerb(String word) {
        return REPORTING.contains(lower(word));
    }

    /**
     * A verb of speech whose object is the one spoken to, before what was said ("told reporters that …", "informed
     * the assembly on Wednesday that …").
     */
    static boolean tellsSomeone(String verb) {
        String v = lower(verb);
        return v.equals("told") || v.equals("tells") || v.equals("tell") || v.equals("informed") || v.equals("informs");
    }

    /** A reporting verb that is as often a noun: trusted only before "that". */
    static boolean isNounLike(String word) {
        return NOUN_LIKE.contains(lower(word));
    }

    /** A word that may stand between a speaker and the verb. */
    static boolean isBetween(String word) {
        return BETWEEN.contains(lower(word));
    }

    /** 'm' or 'f' for "he" or "she", else 0. */
    static char pronounGender(String word) {
        Character g = PRONOUNS.get(lower(word));
        return g == null ? 0 : g;
    }

    /** A subject that names no one. */
    static boolean isGeneric(String word) {
        return GENERIC.contains(lower(word));
    }

    /** Prefixes that qualify a role joined by a hyphen ("vice-chancellor", "co-founder", "ex-minister"). */
    private static final Set<String> ROLE_PREFIXES = Set.of("vice", "co", "ex", "deputy", "acting", "assistant");

    /**
     * The class of a role noun ("expert", "leader", "diplomat", "official", "military"), the noun itself for
     * other roles, "person" for an age ("the 67-year-old"), or null when the word is no role.
     */
    static String personRole(String word) {
        String w = lower(word);
        String r = ROLE_CLASSES.get(w);
        if (r != null) {
            return r;
        }
        String abbreviation = TITLE_ABBREVIATIONS.get(w.endsWith(".") ? w : w + ".");
        if (abbreviation != null && (w.endsWith(".") || w.length() <= 4)) {
            return abbreviation;
        }
        if (OTHER_ROLES.contains(w)) {
            return w;
        }
        if (ROLE_ABBREVIATIONS.contains(w)) {
            return w; // "the CTO said": an abbreviated title, which fits the title it stands for
        }
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && ROLE_PREFIXES.contains(w.substring(0, hyphen))) {
            return personRole(w.substring(hyphen + 1)); // "vice-chancellor", "co-founder": the role it qualifies
        }
        if (w.length() > 8 && (w.endsWith("ologist") || w.endsWith("physicist") || w.endsWith("chemist"))) {
            return "expert"; // "the glaciologist", "the astrophysicist": a scientist by field
        }
        return w.equals("person") || w.matches("\\d{1,3}-year-old") ? "person" : null;
    }

    /**
     * Verbs that say what office a person holds ("who chairs the committee", "who sits on the board"): after "who" they
     * make a title as much as "who is the chair of" does.
     */
    private static final Set<String> OFFICE_VERBS = Set.of("heads", "headed", "chairs", "chaired", "leads", "led",
            "runs", "ran", "directs", "directed", "manages", "managed", "oversees", "oversaw", "represents",
            "represented", "sits", "sat", "serves", "served", "teaches", "taught", "coaches", "coached", "owns",
            "owned", "founded", "co-founded", "cofounded", "edits", "edited", "hosts", "hosted", "presides",
            "presided", "advises", "advised", "commands", "commanded", "co-owns", "co-chairs");

    /** A verb that, after "who", states an office ("heads", "chairs", "sits on"). */
    static boolean isOfficeVerb(String word) {
        return OFFICE_VERBS.contains(lower(word));
    }

    /**
     * Verbs that put a name on something in the subject's words ("called the plan \"a tax on renters\"", "accused
     * them of \"stalling\""): a quotation after their object is the subject's, like one after "said".
     */
    private static final Set<String> CHARACTERISING = Set.of("called", "calls", "described", "describes", "dubbed",
            "dubs", "branded", "brands", "labelled", "labeled", "labels", "accused", "accuses", "termed", "terms");

    /** A verb that characterises its object in the subject's words ("called", "described", "accused"). */
    static boolean isCharacterising(String word) {
        return CHARACTERISING.contains(lower(word));
    }

    /** A state's or a body's post abroad, whose place is part of its name ("embassy", "mission", "office"). */
    private static final Set<String> POSTS = Set.of("embassy", "consulate", "delegation", "mission", "office");

    /**
     * Plural nouns for the people a body sends to speak or to find things out for it ("officials", "researchers",
     * "monitors"): "monitors from the ILO said" reports the body's finding, as wire copy means it.
     */
    private static final Set<String> STAFF = Set.of("officials", "researchers", "scientists", "analysts", "economists",
            "experts", "monitors", "inspectors", "investigators", "engineers", "auditors", "spokespeople",
            "representatives", "specialists", "strategists", "staff", "observers", "prosecutors");

    static boolean isStaff(String word) {
        return STAFF.contains(lower(word));
    }

    /**
     * Whether a word is a post's noun: "the U.S. Embassy in Havana", "the UN human rights office in Uganda"; "office"
     * only in lower case ("the Home Office in London" is the ministry, wherever it sits).
     */
    static boolean isPost(String word) {
        String w = lower(word);
        return POSTS.contains(w) && (!w.equals("office") || word.charAt(0) == 'o');
    }

    /** A noun heading an organisation. */
    static boolean isOrgHead(String word) {
        return ORG_HEADS.contains(lower(word));
    }

    /** A word that opens an adjunct after a verb. */
    static boolean isAdjunct(String word) {
        return ADJUNCT.contains(lower(word));
    }

    /** A lower-case word that may stand inside a title or description. */
    static boolean isModifier(String word) {
        return MODIFIERS.contains(lower(word));
    }

    /**
     * A connective that opens a sentence ("But", "And", "Meanwhile"): capitalised there, yet no word of a title
     * ("But Minority Leader X said" gives the title "Minority Leader").
     */
    static boolean isConnective(String word) {
        return CONNECTIVES.contains(lower(word));
    }

    /** A word that can begin a clause reported without "that". */
    static boolean isClauseStart(String word) {
        return CLAUSE_STARTS.contains(lower(word));
    }

    /** A finite verb or auxiliary. */
    static boolean isFinite(String word) {
        return FINITE.contains(lower(word));
    }

    /** A regular past-tense form ("reflected", "agreed"): in a clause after "said", most likely its verb. */
    static boolean isPastForm(String word) {
        String w = lower(word);
        return w.length() > 4 && w.endsWith("ed") && Character.isLetter(w.charAt(0)) && !w.endsWith("eed");
    }

    /** "was", "were", "been", "being", "be", "is", "are": before a participle, a passive ("had been promised"). */
    static boolean isPassiveAuxiliary(String word) {
        String w = lower(word);
        return w.equals("was") || w.equals("were") || w.equals("been") || w.equals("being") || w.equals("be")
                || w.equals("is") || w.equals("are");
    }

    /** "the", "a", "an", "this", "that", possessive pronouns. */
    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "would", "will", "could", "should",
            "might", "must", "did", "does");

    private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been", "being");

    /** A lower-case auxiliary verb other than a form of "be" ("had", "would"). */
    static boolean isAuxiliary(String lower) {
        return AUXILIARIES.contains(lower);
    }

    /** A lower-case auxiliary or form of "be": what may stand before a participle ("has been appointed"). */
    static boolean isAuxiliaryOrBe(String lower) {
        return AUXILIARIES.contains(lower) || BE.contains(lower);
    }

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** A weekday or a month (capitalised, so the verb "may" and the name "March" in lower case are not). */
    static boolean isCalendar(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && CALENDAR.contains(lower(word));
    }

    static boolean isDeterminer(String word) {
        String w = lower(word);
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("this") || w.equals("that")
                || w.equals("its") || w.equals("his") || w.equals("her") || w.equals("their");
    }

    /**
     * Whether a title only says what the person does, from a relative clause ("sits on the housing committee", "runs
     * a bakery", "responsible for transport"): a verb or an adjective leads it, where an office is led by a noun.
     */
    static boolean isClauseTitle(String title) {
        String first = title.strip().split(" ")[0];
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0))
                && (isOfficeVerb(first) || DOING_VERBS.contains(first) || first.equals("responsible"));
    }

    /**
     * Whether a clause title says only what a person does for a living ("runs a gym in Buriram", "grows rice near
     * Niigata", "owns a bakery"), not a post they hold in a body ("heads the exporters' association", "sits on the
     * housing committee", though "heads a group of farmers" names no body to hold it in) nor the business or
     * employer they are with ("owns Albers Hardware", "studies glaciers at the University of Tromsø"): the entity
     * keeps it as a description, yet it names no office or affiliation to report beside a quote.
     */
    static boolean isActivityClause(String title) {
        String[] w = title.strip().split(" ");
        boolean unnamed = w.length > 1 && (w[1].equals("a") || w[1].equals("an")); // "runs a gym", not "runs the Mill"
        boolean employer = false;
        for (int i = 1; i + 1 < w.length; i++) {
            boolean link = w[i].equals("at") || w[i].equals("for") || w[i].equals("with");
            int n = i + 1 < w.length && w[i + 1].equals("the") ? i + 2 : i + 1;
            employer |= link && n < w.length && !w[n].isEmpty() && Character.isUpperCase(w[n].charAt(0));
        }
        // "runs a gym", "heads a group of 300 women who …", "chairs a community group": an office over a body the
        // article does not name says what the person does, not which post they hold
        return OFFICE_VERBS.contains(w[0]) && unnamed
                || DOING_VERBS.contains(w[0]) && !w[0].startsWith("coordinat") && !employer;
    }

    /**
     * Verbs of a relative clause that says what someone does without naming an office ("who works with mothers in
     * Indianola", "who farms near Leeton"): the entity stage keeps such clauses as titles, as it does "who heads …".
     */
    private static final Set<String> DOING_VERBS = Set.of("works", "worked", "farms", "farmed", "grows", "sells",
            "drives", "plays", "produces", "handles", "coordinates", "covers", "studies", "researches", "specialises",
            "specializes", "organises", "organizes");

    /**
     * An occupation in lower case: a role noun, or a noun with an agent ending (-ist, -er, -or, -ian, -ess, -sman)
     * that is no verb, preposition or pronoun ("pianist", "exporter", "seamstress"). English.
     */
    static boolean isOccupation(String w) {
        if (w.isEmpty() || !w.chars().allMatch(Character::isLowerCase) || isFunction(w)) {
            return false;
        }
        return personRole(w) != null && !personRole(w).equals("person") || w.length() > 4
                && (w.endsWith("ist") || w.endsWith("er") || w.endsWith("or") || w.endsWith("ian")
                || w.endsWith("ess") || w.length() > 6 && w.endsWith("man")); // "fisherman", "chairwoman"
    }

    /** A word that cannot be part of a noun phrase naming an occupation: a verb, a preposition, a pronoun. */
    static boolean isFunction(String w) {
        return isDeterminer(w) || isAdjunct(w) || isFinite(w) || isPastForm(w)
                || isReportingVerb(w) || isFrameVerb(w) || isConnective(w)
                || pronounGender(w) != 0 || NOT_NOUNS.contains(w);
    }

    private static final Set<String> NOT_NOUNS = Set.of("after", "under", "over", "other", "never", "whether",
            "either", "neither", "rather", "together", "her", "per", "ever", "however", "later", "whatever",
            "whenever", "wherever", "further", "another", "for", "nor", "or", "and", "but", "whose", "than", "as",
            "minor", "major", "proper", "better", "greater", "lesser", "unless", "consider", "remember", "offer",
            "enter", "answer", "suffer", "deliver", "gather", "discover", "encounter", "monitor",
            "prefer", "transfer", "endless", "regardless",
            // quantities with an agent's ending, which take "of" as an office does ("a number of", "a quarter of")
            "number", "quarter");
}
