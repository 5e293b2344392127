package org.dossier.store.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.dossier.core.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawStoreTest {
    @TempDir
    Path tmp;

    @Test
    void bytesRoundTripUnderTheirHashAndLeftoversAreCleared() throws Exception {
        Files.createDirectories(tmp.resolve("tmp"));
        Files.writeString(tmp.resolve("tmp").resolve("abc.part"), "half a write");
        RawStore raw = RawStore.open(tmp, true);
        assertEquals(0, Files.list(tmp.resolve("tmp")).count());
        byte[] page = "<p>page</p>".getBytes(StandardCharsets.UTF_8);
        String sha = raw.put(page);
        assertEquals(Source.sha256(page), sha);
        assertEquals(raw.put(page), sha);
        assertTrue(raw.path(sha).toString().contains(sha.substring(0, 2)));
        assertArrayEquals(page, raw.get(sha).orElseThrow());
        assertEquals(Optional.empty(), raw.get("0".repeat(64)));
    }

    @Test
    void aFileThatDoesNotHashToItsNameIsReportedDamaged() throws Exception {
        RawStore raw = RawStore.open(tmp, true);
        String sha = raw.put("original".getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(raw.path(sha)))) {
            out.write("tampered".getBytes(StandardCharsets.UTF_8));
        }
        IOException e = assertThrows(IOException.class, () -> raw.get(sha));
        assertTrue(e.getMessage().contains("damaged"));
        Files.write(raw.path(sha), new byte[] {1, 2, 3});
        assertThrows(IOException.class, () -> raw.get(sha));
        assertThrows(IllegalArgumentException.class, () -> raw.path("../../etc/passwd"));
    }
}
