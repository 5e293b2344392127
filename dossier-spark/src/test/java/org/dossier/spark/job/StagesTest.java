package org.dossier.spark.job;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One analyzer per executor JVM: every task gets its own deserialised copy of the job's configuration,
 * and all of them, on any thread, must find the same stages (so the CoreNLP pipeline, the entity tables
 * and the event coder's lexicon are built once, not once per task).
 */
class StagesTest {

    @Test
    void tasksWithTheirOwnCopyOfTheConfigurationShareOneAnalyzer() throws Exception {
        JobConfig config = JobConfig.defaults();
        int tasks = 8;
        List<Callable<Stages>> calls = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            JobConfig copy = roundTrip(config);
            assertNotSame(config, copy);
            calls.add(() -> Stages.of(copy));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Stages first = Stages.of(config);
            for (Future<Stages> f : pool.invokeAll(calls)) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherConfigurationGetsItsOwnStages() {
        JobConfig other = new JobConfig(JobConfig.defaults().maxInputBytes(), JobConfig.defaults().maxHtmlDepth(),
                JobConfig.defaults().maxChars() - 1);
        assertNotSame(Stages.of(JobConfig.defaults()), Stages.of(other));
    }

    /** What Spark does to a closure's configuration on its way to a task. */
    private static JobConfig roundTrip(JobConfig config) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(config);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (JobConfig) in.readObject();
        }
    }
}
