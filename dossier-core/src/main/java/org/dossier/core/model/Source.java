package org.dossier.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One raw input exactly as it came: its bytes, where it came from, and what the transport said about
 * its character set. The bytes are copied in and out, so a {@code Source} is immutable and
 * thread-safe.
 */
public final class Source {
    private final byte[] bytes;
    private final SourceRef ref;
    private final Optional<String> contentType;

    private Source(byte[] bytes, SourceRef ref, Optional<String> contentType) {
        this.bytes = bytes;
        this.ref = ref;
        this.contentType = contentType;
    }

    /**
     * A source whose reference is built from the bytes' hash.
     *
     * @param bytes       the payload (copied)
     * @param path        the file it was read from, if any
     * @param format      what the payload is
     * @param contentType the transport's {@code Content-Type} header (for its charset), if any
     */
    public static Source of(byte[] bytes, Optional<String> path, SourceFormat format, Optional<String> contentType) {
        byte[] copy = bytes.clone();
        return new Source(copy, SourceRef.ofFile(path, sha256(copy), format), contentType);
    }

    /** A source with a fully described origin; {@code ref.sha256()} must be the hash of {@code bytes}. */
    public static Source of(byte[] bytes, SourceRef ref, Optional<String> contentType) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(contentType, "contentType");
        byte[] copy = bytes.clone();
        if (!ref.sha256().equals(sha256(copy))) {
            throw new IllegalArgumentException("sha256 of the bytes does not match the reference of " + ref.location());
        }
        return new Source(copy, ref, contentType);
    }

    /** A text source from a string (tests, standard input already decoded). */
    public static Source ofText(String text, Optional<String> path, SourceFormat format) {
        return of(text.getBytes(StandardCharsets.UTF_8), path, format, Optional.of("text/plain; charset=utf-8"));
    }

    /** A copy of the payload bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The payload size in bytes. */
    public int size() {
        return bytes.length;
    }

    /** Where the bytes came from. */
    public SourceRef ref() {
        return ref;
    }

    /** The transport's {@code Content-Type}, if it sent one. */
    public Optional<String> contentType() {
        return contentType;
    }

    /** Hex SHA-256 of {@code data}. */
    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "Source[" + ref.location() + ", " + bytes.length + " bytes]";
    }
}
