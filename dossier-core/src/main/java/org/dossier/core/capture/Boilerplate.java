package org.dossier.core.capture;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines that are site furniture whatever their shape: copyright notices. Stateless, thread-safe.
 */
final class Boilerplate {
    /** "All rights reserved" in the languages news sites use, and the copyright word itself. */
    private static final Pattern RESERVED = Pattern.compile(
            "all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
                    + "|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden"
                    + "|wszelkie prawa zastrzeżone|все права защищены|bản quyền|版權所有|版权所有|저작권");

    /** Pieces of {@link #RESERVED}'s phrases: a line without any is spared the full pattern. */
    private static final String[] RESERVED_STEMS = {"serv", "vorbehalt", "voorbehoud", "zastrzeż", "защищ",
        "bản quyền", "版", "저작권"};
    /** A footer line is short; a paragraph that mentions copyright is not a footer. */
    private static final double MAX_WORDS = 30;

    private Boilerplate() {
    }

    /** A copyright notice ("© 2019 Example Media", "Copyright … All rights reserved"). */
    static boolean copyright(Line l) {
        if (l.weight > MAX_WORDS) {
            return false;
        }
        String t = l.text;
        if (Captions.credit(l)) {
            return false;
        }
        return t.indexOf('©') >= 0 || t.startsWith("(c) ") || t.startsWith("(C) ") || rightsNotice(t);
    }

    /** Whether the text says "copyright" or "all rights reserved" (in one of several languages). */
    static boolean rightsNotice(String text) {
        return text.toLowerCase(Locale.ROOT).contains("copyright") || rightsReserved(text);
    }

    /** Whether the text says "all rights reserved" (in one of several languages). */
    static boolean rightsReserved(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String stem : RESERVED_STEMS) {
            if (t.contains(stem)) {
                return RESERVED.matcher(t).find();
            }
        }
        return false;
    }
}
