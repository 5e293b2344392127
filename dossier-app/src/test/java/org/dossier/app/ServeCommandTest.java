package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.store.db.Store;
import org.dossier.store.query.SourceInfo;
import org.dossier.store.testing.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier serve}: what it opens, what it prints, and how it shares a data directory. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();

    private Optional<ServeCommand.Running> start(Path dir) {
        return ServeCommand.start(dir, "127.0.0.1", 0, false, ExtractorConfig.DEFAULT_MAX_INPUT_BYTES,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheStoreOnLoopbackAndPrintsTheIngestToken() throws Exception {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            SourceInfo src = Records.source("a.html");
            store.put(src, Records.record(Records.article(src, "Talks resume", "Coast Daily", "2018-03-28",
                    "Talks resumed on Tuesday."), List.of(), List.of(), List.of()), "test");
        }
        try (ServeCommand.Running running = start(data).orElseThrow()) {
            String printed = out.toString(StandardCharsets.UTF_8);
            String url = running.server().url();
            assertTrue(url.startsWith("http://127.0.0.1:"), url);
            assertTrue(printed.contains("serving " + data + " at " + url), printed);
            Matcher token = Pattern.compile("POST /api/ingest token: (\\S+)").matcher(printed);
            assertTrue(token.find(), printed);
            assertTrue(token.group(1).length() >= 32, "a random token of 192 bits");
            assertTrue(send(HttpRequest.newBuilder(URI.create(url + "api/stats"))).body().contains("\"articles\":1"));

            // A second server over the same directory cannot write it: it serves read-only and refuses ingestion.
            out.reset();
            try (ServeCommand.Running second = start(data).orElseThrow()) {
                assertTrue(err.toString(StandardCharsets.UTF_8).contains("serving read-only"), err.toString());
                assertFalse(out.toString(StandardCharsets.UTF_8).contains("token:"));
                HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(second.server().url()
                        + "api/ingest")).header("Authorization", "Bearer " + token.group(1))
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("a page")));
                assertEquals(401, refused.statusCode(), "each server has its own token");
                assertTrue(send(HttpRequest.newBuilder(URI.create(second.server().url() + "api/stats"))).body()
                        .contains("\"articles\":1"));
            }
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertTrue(start(file).isEmpty());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a directory"), err.toString());
    }
}
