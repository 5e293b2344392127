package org.dossier.store.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A WARC cut at every byte: pages before the cut and exactly one error, or none at a record boundary. */
class WarcTruncationIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void everyCut(boolean gz) throws IOException {
        byte[] whole = TestInputs.crawl(gz);
        Set<Integer> boundaries = WarcSourceTest.recordBoundaries(whole);
        for (int n = 1; n < whole.length; n++) {
            WarcSourceTest.assertCutBehaves(dir, whole, boundaries, n, gz);
        }
    }
}
