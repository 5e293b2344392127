package org.dossier.core.html;

/**
 * A run of text between two block boundaries of a page: a paragraph, a heading, a list item, a
 * caption, a menu entry. Its measures are computed once, when it is read. Immutable.
 *
 * @param text      the text, whitespace collapsed; single line breaks kept as {@code \n}
 * @param units     amount of text: letters and digits, a CJK character counting as two
 * @param linkUnits how much of it is link text
 * @param commas    commas of any script (, ， 、 ،)
 * @param stops     sentence-ending marks (. ! ? 。 ！ ？ and the Arabic, Urdu and Devanagari ones)
 * @param owner     the innermost block element holding it
 */
record TextBlock(String text, int units, int linkUnits, int commas, int stops, PageNode owner) {
    double linkDensity() {
        return units == 0 ? 0 : (double) linkUnits / units;
    }

    /** Whether the text ends like a sentence, or like a lead-in to a list (":"). */
    boolean endsLikeSentence() {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\'', '”', '’', '»', '«', ')', ']', '“', ' ', '*' -> {
                    continue;
                }
                case '.', '!', '?', '…', ':', '。', '！', '？', '：', '؟', '۔', '।' -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }
}
