package org.dossier.core.capture;

/** What a line of a capture is, when it is something other than body text or furniture. */
enum Role {
    NONE,
    TITLE,
    /** Author names, with or without a date. */
    BYLINE,
    /** A date line in the masthead. */
    DATE,
    /** A photo caption (with or without its credit). */
    CAPTION,
    /** A photo credit on a line of its own ("© Agency/ Name", "Photo: Name"). */
    CREDIT,
    /** A link to another story ("READ MORE: …", a headline after a photo box). */
    TEASER,
    /** The author's name and e-mail address after the body. */
    SIGNATURE
}
