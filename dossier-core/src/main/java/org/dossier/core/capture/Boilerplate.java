package org.dossier.core.capture;

import org.dossier.core.meta.Credits;

/**
 * Lines that are site furniture whatever their shape: copyright notices. Stateless, thread-safe.
 */
final class Boilerplate {
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
        return t.indexOf('©') >= 0 || t.startsWith("(c) ") || t.startsWith("(C) ") || Credits.rightsNotice(t);
    }
}
