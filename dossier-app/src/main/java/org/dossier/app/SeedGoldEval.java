package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the evaluations against the seed gold ({@code gold/*.json} naming captures found under DIR) share:
 * the directory, {@code --gold-text}, and the refusal of a DIR that is not a directory. Each subclass
 * scores one stage.
 */
abstract class SeedGoldEval implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--gold-text", description = "analyse the gold's own title, body, captions and date "
            + "instead of extracting the captures (scores the stages after extraction alone)")
    boolean goldText;

    @Override
    public final Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            System.err.println("dossier eval: " + dir + ": not a directory");
            return 2;
        }
        score(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        return 0;
    }

    /** Scores {@link #dir} (from the gold's text when {@link #goldText}) and prints the report. */
    abstract void score(PrintStream out) throws IOException;
}
