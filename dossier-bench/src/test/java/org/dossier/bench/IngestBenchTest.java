package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestBenchTest {
    @Test
    void optionsHaveDefaultsOfAThousandPages() {
        IngestBench.Options o = IngestBench.parse(new String[0]);
        assertEquals(1000, o.pages());
        assertEquals(100, o.warmup());
        assertEquals(Optional.empty(), o.write());
        assertEquals(Optional.empty(), o.data());
    }

    @Test
    void optionsAreRead() {
        IngestBench.Options o = IngestBench.parse(new String[] {"--pages", "1500", "--warmup", "0", "--seed", "7",
                "--samples", "s", "--write", "w", "--data", "d"});
        assertEquals(new IngestBench.Options(1500, 0, 7, Path.of("s"), Optional.of(Path.of("w")),
                Optional.of(Path.of("d"))), o);
    }

    @Test
    void badOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IngestBench.parse(new String[] {"--pages"}));
        assertThrows(IllegalArgumentException.class, () -> IngestBench.parse(new String[] {"--pages", "0"}));
        assertThrows(IllegalArgumentException.class, () -> IngestBench.parse(new String[] {"--threads", "2"}));
        assertThrows(NumberFormatException.class, () -> IngestBench.parse(new String[] {"--pages", "many"}));
    }
}
