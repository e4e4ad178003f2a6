package org.muhojir.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.scenario.Scenario;
import sim.engine.Schedule;
import sim.util.Heap;

/**
 * The architecture rules of {@code core}: it is the model and nothing else (no Swing, AWT, MASON displays, charts,
 * JSON or file writing: those belong to {@code scenarios} and {@code gui}), and the population is stepped by one
 * monthly {@code Steppable} over arrays, never one {@code Steppable} per household.
 */
class CoreDependenciesTest {
    /** The main sources, relative to the module's directory (where Maven runs the tests). */
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    /** A use of a package core must not depend on, in an import or a fully qualified name. */
    private static final Pattern FORBIDDEN_PACKAGE = Pattern.compile(
            "\\b(javax\\.swing|java\\.awt|sim\\.display|sim\\.portrayal|org\\.jfree|com\\.fasterxml)\\.");
    /** A way of writing files. */
    private static final Pattern FILE_WRITING = Pattern.compile(
            "\\b(FileOutputStream|FileWriter|RandomAccessFile|Files\\s*\\.\\s*(write\\w*|newOutputStream"
                    + "|newBufferedWriter|copy))\\b");

    @Test
    void coreNeitherDependsOnUiChartsOrJsonNorWritesFiles() throws IOException {
        assertTrue(Files.isDirectory(MAIN_SOURCES), "run from the core module: " + MAIN_SOURCES.toAbsolutePath());
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(MAIN_SOURCES)) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                violations.addAll(violations(MAIN_SOURCES.relativize(p).toString(), Files.readAllLines(p)));
                files++;
            }
        }
        assertTrue(files > 50, "found the sources: " + files + " files");
        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckNamesTheOffendingFileAndLine() {
        // the scanner itself must catch what it is meant to catch, and ignore comments
        List<String> found = violations("engine/Bad.java", List.of(
                "package org.muhojir.core.engine;",
                "import javax.swing.JFrame;",
                "// java.awt.Color in a comment is fine",
                " * so is Files.write in javadoc",
                "class Bad { void save() throws Exception { java.nio.file.Files.writeString(null, \"\");",
                "  new java.io.FileOutputStream(\"x\"); com.fasterxml.jackson.databind.ObjectMapper m; } }"));
        assertEquals(List.of(
                "engine/Bad.java:2: javax.swing.",
                "engine/Bad.java:5: Files.writeString",
                "engine/Bad.java:6: com.fasterxml.",
                "engine/Bad.java:6: FileOutputStream"), found);
    }

    @Test
    void theScheduleHoldsOneMonthlyStepWhateverThePopulation() throws ReflectiveOperationException {
        // MASON's Schedule keeps its steppables in a protected Heap field, "queue"; there is no public count, so it
        // is read reflectively. Ten times the households must not mean more steppables.
        Scenario base = Muhojir.defaultScenario();
        Scenario small = base.withSampleFraction(0.001).withPeriod(base.start(), 3);
        Scenario larger = small.withSampleFraction(0.01);
        for (Scenario s : List.of(small, larger)) {
            MuhojirModel model = new MuhojirModel(s, RunOptions.seed(1));
            model.start();
            assertTrue(model.households().size > 1_000, "households: " + model.households().size);
            assertEquals(1, scheduled(model.schedule), "steppables after start, " + model.households().size
                    + " households");
            model.stepMonth();
            model.stepMonth();
            assertEquals(1, scheduled(model.schedule), "steppables after two months");
            model.finish();
        }
    }

    /** The file's offending lines, as "file:line: what", skipping comment lines. */
    static List<String> violations(String file, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String code = codeOf(lines.get(i));
            for (Pattern p : List.of(FORBIDDEN_PACKAGE, FILE_WRITING)) {
                Matcher m = p.matcher(code);
                while (m.find()) {
                    out.add(file + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        return out;
    }

    /** The line without a trailing {@code //} comment; empty for a line inside or starting a comment block. */
    private static String codeOf(String line) {
        String t = line.trim();
        if (t.startsWith("//") || t.startsWith("*") || t.startsWith("/*")) {
            return "";
        }
        int comment = t.indexOf("//");
        return comment >= 0 ? t.substring(0, comment) : t;
    }

    private static int scheduled(Schedule schedule) throws ReflectiveOperationException {
        Field queue = Schedule.class.getDeclaredField("queue");
        queue.setAccessible(true);
        return ((Heap) queue.get(schedule)).size();
    }
}
