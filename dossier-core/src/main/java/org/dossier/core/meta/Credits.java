package org.dossier.core.meta;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The credit lines news pages print around their text, in the languages they are written in: photo
 * credits opening a line ("Photo: Jane Roe", "© Agency/ Name") or closing a caption ("… Photo:
 * Agency", "… (Photo: Jane Roe)", "… / Agency", "… (Example Post file photo)", "… (Handout via
 * Example Post)"), and copyright notices ("© 2019 Example Media", "All rights reserved"). Shared by
 * the readers of HTML pages and of text captures. Stateless and thread-safe.
 */
public final class Credits {
    /** The word for "photo" or "credit" that opens a credit, in the languages news sites use. */
    private static final String PHOTO_WORDS = "photo|photos|photograph|photography|foto|fotos|fotografía|fotografia"
            + "|ảnh|bild|bilder|image|images|picture|pictures|credit|credits|crédit|crédits|crédito|créditos"
            + "|illustration|фото|사진|写真|照片";
    /** A credit opening a line: "Photo: …", "Foto/ …", "© …", "(c) …". */
    private static final Pattern OPENING = Pattern.compile(
            "^(?:©|\\(c\\)|(?:" + PHOTO_WORDS + ")\\b\\s*(?:[:/|©]|by\\b|von\\b|par\\b|de\\b|copyright\\b))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A credit closing a caption: "… Photo: Agency.", "… (Photo: Name)", "… / Agency", "… © Agency".
     * The credited name is capitalised, unlike the rest of a sentence such as "… in the picture: a crowd".
     */
    private static final Pattern CLOSING = Pattern.compile(
            "(?:(?:^|[\\s.(\\[])(?iu:" + PHOTO_WORDS + ")\\s*[:/]\\s*\\p{Lu}[^:]{0,59}"
                    + "|[.!?]\\s*/\\s*\\p{Lu}[\\p{L}\\p{M} .&'-]{1,40}|©\\s*[^©]{1,60})$");
    /**
     * A caption's credit in brackets after its last sentence, naming the picture's kind or source:
     * "(Example Post file photo)", "(Pool photo via Example Post)", "(Handout via Example Post)".
     */
    private static final Pattern BRACKETED = Pattern.compile(
            "[.!?]\\s*\\((?:[^()]{0,40}\\s)?(?iu:" + PHOTO_WORDS + "|file\\s+photo|pool|handout|courtesy)"
                    + "(?:\\s[^()]{0,40})?\\)$");
    /** "All rights reserved" in the languages news sites use. */
    private static final Pattern RESERVED = Pattern.compile(
            "all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
                    + "|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden"
                    + "|wszelkie prawa zastrzeżone|все права защищены|bản quyền|版權所有|版权所有|저작권");
    /** Pieces of {@link #RESERVED}'s phrases: a text without any is spared the full pattern. */
    private static final String[] RESERVED_STEMS = {"serv", "vorbehalt", "voorbehoud", "zastrzeż", "защищ",
        "bản quyền", "版", "저작권"};
    /** Only the end of a long text can be its credit. */
    private static final int TAIL_CHARS = 120;

    private Credits() {
    }

    /** Whether {@code text} opens with a photo credit or a copyright sign ("Photo: Jane Roe", "© Agency"). */
    public static boolean opensWithCredit(String text) {
        return OPENING.matcher(text).find();
    }

    /** Whether {@code text} ends with a picture's credit, as a caption does. */
    public static boolean closesWithPhotoCredit(String text) {
        String tail = text.length() > TAIL_CHARS ? text.substring(text.length() - TAIL_CHARS) : text;
        return CLOSING.matcher(tail).find() || BRACKETED.matcher(tail).find();
    }

    /** Whether the text says "copyright" or "all rights reserved" (in one of several languages). */
    public static boolean rightsNotice(String text) {
        return text.toLowerCase(Locale.ROOT).contains("copyright") || rightsReserved(text);
    }

    /** Whether the text says "all rights reserved" (in one of several languages). */
    public static boolean rightsReserved(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String stem : RESERVED_STEMS) {
            if (t.contains(stem)) {
                return RESERVED.matcher(t).find();
            }
        }
        return false;
    }
}
