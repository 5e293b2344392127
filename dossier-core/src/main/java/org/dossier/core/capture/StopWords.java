package org.dossier.core.capture;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Function words per language: prose is dense in them, menus, headlines and credits are not. The
 * lists hold the most frequent grammatical words of each language (articles, pronouns,
 * prepositions, auxiliaries, conjunctions), lower-cased. For a language without a list, the page's
 * own most widespread words stand in for them (see {@link #adaptive}). Immutable, thread-safe.
 */
final class StopWords {
    private static final Map<String, Set<String>> LISTS = Map.ofEntries(
            Map.entry("en", words("""
                    a about above after again against all also am an and any are as at be because been
                    before being below between both but by can could did do does doing down during each
                    few for from further had has have having he her here hers herself him himself his how
                    i if in into is it its itself just me more most my myself no nor not now of off on
                    once only or other our ours out over own same she should so some such than that the
                    their theirs them then there these they this those through to too under until up very
                    was we were what when where which while who whom why will with would you your yours
                    s t said says its it's don't us may might must shall 's re ve ll d m also been""")),
            Map.entry("de", words("""
                    aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei
                    bin bis bist da damit dann das dass daß dem den denn der des dich die dir doch dort du
                    durch ein eine einem einen einer eines er es etwas euch euer für gegen gewesen hab habe
                    haben hat hatte hätte ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden
                    jeder jedes jetzt kann kein keine können man manche mehr mein meine mich mir mit muss
                    nach nicht nichts noch nun nur ob oder ohne sehr sein seine seit sich sie sind so
                    solche soll sollte sondern um und uns unser unter viel vom von vor war waren warum was
                    weil welche wenn wer werde werden wie wieder will wir wird wo zu zum zur über sei
                    wurde wurden worden schon immer beim sowie""")),
            Map.entry("fr", words("""
                    a à au aux avec avait avoir ce ceci cela celle celles celui ces cet cette ceux chez
                    comme dans de des du donc elle elles en encore est et été être eu fait faire il ils je
                    l la le les leur leurs lui ma mais me même mes moi mon n ne ni nos notre nous on ont
                    ou où par pas plus pour qu que quel quelle qui s sa sans se ses si son sont sous sur
                    ta te tes toi ton tous tout toute toutes très tu un une vos votre vous y d j c m t
                    été ont aussi depuis entre alors après avant selon lors dont""")),
            Map.entry("es", words("""
                    a al algo algunos ante antes como con contra cual cuando de del desde donde durante e
                    el ella ellas ellos en entre era es esa esas ese eso esos esta estaba estado estas este
                    esto estos está están fue fueron ha había han hasta hay la las le les lo los más me mi
                    mis mucho muy nada ni no nos nosotros o otra otras otro otros para pero poco por porque
                    que quien se sea ser si sido sin sobre son su sus también tanto te tiene tienen todo
                    todos tu un una uno unos y ya yo según tras cada así""")),
            Map.entry("it", words("""
                    a ad al alla alle allo agli ai anche avere c che chi ci come con contro cui da dal
                    dalla dalle dei del della delle dello degli di dove e è ed era erano essere gli ha
                    hanno i il in io l la le lei lo loro lui ma mi mia mio molto ne nei nel nella nelle
                    noi non o per perché più poi quale quando quanto quella quelle quello questa queste
                    questo se sei si sia sono sta su sua sue suo suoi sul sulla tra tu tutti tutto un una
                    uno voi stato stata già ancora dopo""")),
            Map.entry("pt", words("""
                    a ao aos as até com como da das de dela dele deles do dos e ela elas ele eles em entre
                    era essa essas esse esses esta estas este estes eu foi for foram há isso isto já la
                    lhe mais mas me mesmo meu minha muito na nas nem no nos nossa nosso não num numa o os
                    ou para pela pelas pelo pelos por qual quando que quem se sem ser seu seus sua suas
                    são também te tem ter teu um uma você é está estão sobre após ainda""")),
            Map.entry("nl", words("""
                    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door
                    dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun
                    iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet
                    niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel
                    voor want waren was wat we wel werd wie wij wil worden zal ze zei zelf zich zij zijn zo
                    zonder zou""")),
            Map.entry("sv", words("""
                    och att det som en på är av för med till den har de inte om ett han men var jag sig
                    från vi så kan man när år säger hon under också efter eller nu sin där vid mot ska
                    skulle kommer ut får finns vara blev bara hade sina andra än dem då detta denna över
                    hur vad alla något mycket""")),
            Map.entry("da", words("""
                    og i at det er en til på som de med han af for ikke der var mig sig men et har om vi
                    min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal
                    selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle
                    denne end dette mit også under have dig anden hende mine alt meget""")),
            Map.entry("no", words("""
                    og i jeg det at en et den til er som på de med han av ikke der så var meg seg men
                    ett har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan
                    hans hvor eller hva skal selv sjøl her alle vil bli ble blitt kunne inn når være kom
                    noen noe ville dere deres etter ned skulle denne for deg""")),
            Map.entry("pl", words("""
                    a aby ale bardzo bez bo by być był była było były będzie co czy dla do gdy gdzie go
                    i ich im jak jako je jej jest jego jeszcze już ja jednak kiedy która które który
                    ma mi może mnie na nad nie nich nim o od oraz po pod przez przed przy się są ta tak
                    także tam te tego tej ten to tu tylko w we wszystko z za ze że""")),
            Map.entry("ru", words("""
                    и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по
                    только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если
                    уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей
                    может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз
                    тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом
                    один почти мой тем чтобы нее были куда зачем всех никогда можно при об другой""")),
            Map.entry("tr", words("""
                    acaba ama ancak aslında az bazı belki ben biri birkaç birşey biz bu çok çünkü da daha
                    de defa diye eğer en gibi hem hep hepsi her hiç için ile ise kez ki kim mı mu mü nasıl
                    ne neden nerde nerede nereye niçin niye o sanki şey siz şu tüm ve veya ya yani bir
                    olarak olan oldu olduğu""")),
            Map.entry("ro", words("""
                    a al ale am ar are au avea că care ce cu cum de din după ea el ei este fi fost în
                    la le lor lui mai mult ne nu o pe pentru prin sa să se si și sunt sau un una unei
                    unui va vor iar fără""")),
            Map.entry("id", words("""
                    ada adalah agar akan atau bagi bahwa banyak belum bisa dalam dan dari dengan di dia
                    hanya harus ini itu jika juga kami kata karena ke kepada ketika kita lagi lebih mereka
                    namun oleh pada para saat sebagai secara sedang sejak sudah telah tersebut untuk yang
                    tidak masih saja""")),
            Map.entry("vi", words("""
                    và của là có được các những trong cho với không này người một đã đến khi từ về
                    theo để như thì ra cũng nhiều đó sẽ tại trên năm rằng nhưng vì nên do bị lại mà
                    hơn sau đang ông bà họ chúng tôi nó ở vào nào còn chỉ rất hai nhất""")));

    /** How many of a page's widespread words stand in for a missing list. */
    private static final int ADAPTIVE_SIZE = 40;

    private StopWords() {
    }

    private static Set<String> words(String text) {
        return Set.of(new HashSet<>(List.of(text.strip().split("\\s+"))).toArray(String[]::new));
    }

    /** The list for an ISO 639-1 code, if there is one. */
    static Set<String> forLanguage(String iso) {
        return LISTS.getOrDefault(iso, Set.of());
    }

    /**
     * Stand-in function words for a language without a list: the words that occur in the most
     * different long lines of the page. Function words spread over every sentence; topic words
     * and menu words do not.
     */
    static Set<String> adaptive(List<List<String>> longLineTokens) {
        Map<String, Integer> lines = new HashMap<>();
        for (List<String> tokens : longLineTokens) {
            for (String t : new HashSet<>(tokens)) {
                lines.merge(t, 1, Integer::sum);
            }
        }
        int minLines = Math.max(2, longLineTokens.size() / 5);
        return Set.copyOf(lines.entrySet().stream()
                .filter(e -> e.getValue() >= minLines)
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(ADAPTIVE_SIZE)
                .map(Map.Entry::getKey)
                .toList());
    }
}
