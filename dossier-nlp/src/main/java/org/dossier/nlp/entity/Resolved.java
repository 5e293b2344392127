package org.dossier.nlp.entity;

import java.util.Optional;
import org.dossier.core.model.EntityType;
import org.dossier.nlp.text.Mention;
import org.dossier.nlp.text.MentionKind;

/**
 * A span resolved to an entity.
 *
 * @param span    the span
 * @param id      the canonical id
 * @param type    the entity's type
 * @param kind    how the span names it
 * @param name    the canonical name
 * @param country the country of the entity when the span alone tells it (a capital's country)
 */
record Resolved(Span span, String id, EntityType type, MentionKind kind, String name, Optional<String> country) {

    /** Position in document order, comparable across sentences. */
    long position() {
        return position(span.sentence().index(), span.begin());
    }

    static long position(int sentence, int offset) {
        return ((long) sentence << 32) | offset;
    }

    Mention mention() {
        return new Mention(id, type, kind, span.sentence().index(), span.begin(), span.end(), span.surface());
    }
}
