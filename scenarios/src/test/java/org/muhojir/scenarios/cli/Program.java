package org.muhojir.scenarios.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helper: the {@code muhojir} program as a real process (a child JVM on the test class path). */
final class Program {
    private Program() {
    }

    /** Starts {@code muhojir ARGS} in {@code workingDir}, its standard error merged into its output. */
    static Process start(Path workingDir, String... args) throws IOException {
        return start(workingDir, List.of(), args);
    }

    /** Starts {@code muhojir ARGS} in {@code workingDir} on a JVM given {@code jvmOptions} ({@code -Dname=value}). */
    static Process start(Path workingDir, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }

    /** Runs {@code muhojir ARGS} in {@code workingDir} to its end (at most two minutes). */
    static Cli run(Path workingDir, String... args) throws IOException, InterruptedException {
        return run(workingDir, List.of(), args);
    }

    /** Runs {@code muhojir ARGS} in {@code workingDir} on a JVM given {@code jvmOptions}, to its end. */
    static Cli run(Path workingDir, List<String> jvmOptions, String... args) throws IOException,
            InterruptedException {
        Process p = start(workingDir, jvmOptions, args);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("muhojir did not end: " + output);
        }
        return new Cli(p.exitValue(), output, output);
    }

    /** Sends {@code signal} (such as {@code INT}) to {@code p} with the system's kill command. */
    static void signal(Process p, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();
    }

    /** Names of the entries of {@code folder}, sorted. */
    static List<String> names(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }
}
