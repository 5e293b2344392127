package org.dossier.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** A tiny input set in the corpus's layouts, written for these tests (invented people and places). */
final class TinyPages {
    static final String LEAD = "Foreign Minister Adela Voss arrived in Lisbon on Monday for two days of talks"
            + " with her Portuguese counterpart about fishing rights in the Atlantic.";
    static final String SECOND = "The ministers are expected to sign a short agreement on Tuesday, officials in"
            + " both capitals said, after a year in which patrol boats from the two countries twice came close"
            + " to a collision.";
    static final String THIRD = "\"We have spent too long talking past each other,\" said Tomas Reyland, a"
            + " researcher at the Harwick Institute for Maritime Affairs, who has followed the dispute.";

    static final String HTML = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Voss begins talks in Lisbon | The Example Post</title></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
            + "<article><h1>Voss begins talks in Lisbon</h1><p class=\"byline\">By Mira Castell</p>"
            + "<p>" + LEAD + "</p><p>" + SECOND + "</p><p>" + THIRD.replace("\"", "&quot;") + "</p></article>"
            + "<footer>© The Example Post. All rights reserved.</footer></body></html>";

    static final String CAPTURE = "The Example Post\nHome    World    Sport\n\nVoss begins talks in Lisbon\n\n"
            + "By Mira Castell\nMarch 4, 2019\n\n" + LEAD + "\n\n" + SECOND + "\n\n" + THIRD + "\n\n"
            + "Share    Email\n© The Example Post. All rights reserved.\n";

    private TinyPages() {
    }

    /** The AEB layout: {@code html/<id>.html.gz} and {@code text/<id>.txt}. */
    static Path aeb(Path root) throws IOException {
        Path aeb = root.resolve("aeb");
        Files.createDirectories(aeb.resolve("html"));
        Files.createDirectories(aeb.resolve("text"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(aeb.resolve("html/one.html.gz")))) {
            out.write(HTML.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(aeb.resolve("text/one.txt"), CAPTURE);
        return aeb;
    }

    /** A directory with the page as HTML and as a capture, like {@code samples/}. */
    static Path samples(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("samples"));
        Files.writeString(dir.resolve("voss.html"), HTML);
        Files.writeString(dir.resolve("voss.txt"), CAPTURE);
        return dir;
    }
}
