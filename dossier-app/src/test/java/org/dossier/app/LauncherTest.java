package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./dossier} launcher, run by bash against a copy of the repository's layout, with stand-ins
 * for {@code mvn} (which writes the jar) and {@code java} (which records how it was called).
 */
class LauncherTest {
    @TempDir
    Path tmp;
    private Path root;
    private Path bin;
    private Path log;

    @BeforeEach
    void layout() throws IOException, InterruptedException {
        Path launcher = Path.of("").toAbsolutePath().getParent().resolve("dossier");
        assumeTrue(Files.isRegularFile(launcher), "no launcher at " + launcher);
        assumeTrue(new ProcessBuilder("bash", "--version").start().waitFor() == 0, "no bash");
        root = Files.createDirectories(tmp.resolve("repo"));
        Files.copy(launcher, root.resolve("dossier"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("dossier-core/src/main/java"));
        Files.writeString(root.resolve("dossier-core/src/main/java/A.java"), "class A {}");
        Files.createDirectories(root.resolve("samples"));
        Files.writeString(root.resolve("samples/index.txt"), "page.html\n");
        bin = Files.createDirectories(tmp.resolve("bin"));
        log = tmp.resolve("calls.log");
        tool("mvn", "echo \"mvn $PWD $*\" >> '" + log + "'\nmkdir -p dossier-app/target && touch dossier-app/target/dossier.jar\n");
        // Records its arguments and what arrived on standard input, so both can be checked.
        tool("java", "echo \"java $*\" >> '" + log + "'\necho \"stdin $(cat)\" >> '" + log + "'\nexit 7\n");
    }

    private void tool(String name, String body) throws IOException {
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs the launcher (or a link to it) from {@code cwd}; returns its exit status. */
    private int launch(Path script, Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        Path stdin = Files.writeString(tmp.resolve("in.txt"), "piped input\n");
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectInput(stdin.toFile())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().remove("DOSSIER_HEAP");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().putAll(env);
        return pb.start().waitFor();
    }

    private List<String> calls() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void buildsWhenTheJarIsMissingThenRunsItWithTheDefaultHeap() throws Exception {
        int status = launch(root.resolve("dossier"), tmp, Map.of(), "extract", "-");
        assertEquals(7, status, "the exit status of java passes through");
        List<String> calls = calls();
        assertEquals(3, calls.size(), calls.toString());
        assertTrue(calls.get(0).startsWith("mvn " + root + " "), "built in the repository root: " + calls.get(0));
        assertTrue(calls.get(0).contains("-pl dossier-app -am package"), calls.get(0));
        assertEquals("java -Xmx3g -Dfile.encoding=UTF-8 -jar " + root.resolve("dossier-app/target/dossier.jar")
                + " extract -", calls.get(1));
        assertEquals("stdin piped input", calls.get(2), "standard input reaches the program");
    }

    @Test
    void aFreshJarIsNotRebuiltAndAStaleOneIs() throws Exception {
        launch(root.resolve("dossier"), tmp, Map.of(), "demo");
        Path jar = root.resolve("dossier-app/target/dossier.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        launch(root.resolve("dossier"), tmp, Map.of(), "demo");
        assertEquals(1, calls().stream().filter(c -> c.startsWith("mvn")).count(), calls().toString());

        Files.setLastModifiedTime(root.resolve("dossier-core/src/main/java/A.java"),
                FileTime.from(Instant.now().plusSeconds(120)));
        launch(root.resolve("dossier"), tmp, Map.of(), "demo");
        assertEquals(2, calls().stream().filter(c -> c.startsWith("mvn")).count(), "a newer source rebuilds");
    }

    @Test
    void worksThroughASymlinkFromAnotherDirectoryAndTakesTheHeapFromTheEnvironment() throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("elsewhere/bin")).resolve("dossier"),
                root.resolve("dossier"));
        launch(link, tmp.resolve("elsewhere"), Map.of("DOSSIER_HEAP", "512m", "JAVA_OPTS", "-Dx=1"), "--version");
        String java = calls().stream().filter(c -> c.startsWith("java")).reduce((a, b) -> b).orElseThrow();
        assertEquals("java -Xmx512m -Dfile.encoding=UTF-8 -Dx=1 -jar " + root.resolve("dossier-app/target/dossier.jar")
                + " --version", java);
    }

    @Test
    void sparkCommandsBuildAndRunTheJobJarWithSparksClassPath() throws Exception {
        String target = root.resolve("dossier-spark/target").toString();
        tool("mvn", "echo \"mvn $*\" >> '" + log + "'\nmkdir -p " + target + "\ntouch " + target
                + "/dossier-spark-job.jar " + target + "/log4j2.properties\necho '/m2/spark-core.jar:/m2/scala.jar' > "
                + target + "/spark-classpath.txt\necho '--add-opens=java.base/java.nio=ALL-UNNAMED' > " + target
                + "/jvm-options\n");
        int status = launch(root.resolve("dossier"), tmp, Map.of(), "spark", "--master", "local[2]");
        assertEquals(7, status);
        List<String> calls = calls();
        assertTrue(calls.get(0).contains("-pl dossier-spark -am package"), calls.get(0));
        assertEquals("java -Xmx3g -Dfile.encoding=UTF-8 --add-opens=java.base/java.nio=ALL-UNNAMED -Dlog4j2.configurationFile="
                + target + "/log4j2.properties -cp " + target + "/dossier-spark-job.jar:/m2/spark-core.jar:/m2/scala.jar "
                + "org.dossier.spark.Main spark --master local[2]", calls.get(1));

        launch(root.resolve("dossier"), tmp, Map.of(), "import-parquet", "out");
        assertEquals(1, calls().stream().filter(c -> c.startsWith("mvn")).count(), "the job jar is fresh: " + calls());
        assertTrue(calls().stream().anyMatch(c -> c.endsWith("org.dossier.spark.Main import-parquet out")), calls().toString());
        assertTrue(calls().stream().noneMatch(c -> c.contains("dossier-app")), "the app is neither built nor run");
    }

    @Test
    void aFailedBuildSaysSoAndDoesNotRun() throws Exception {
        tool("mvn", "echo \"mvn $*\" >> '" + log + "'\nexit 1\n");
        int status = launch(root.resolve("dossier"), tmp, Map.of(), "demo");
        assertEquals(1, status);
        assertTrue(Files.readString(tmp.resolve("out.txt")).contains("the build failed"));
        assertTrue(calls().stream().noneMatch(c -> c.startsWith("java")), calls().toString());
    }
}
