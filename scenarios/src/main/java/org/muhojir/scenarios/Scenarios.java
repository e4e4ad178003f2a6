package org.muhojir.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.load.ScenarioProblem;
import org.muhojir.scenarios.json.Source;

/**
 * Scenario files from Java: what {@code muhojir validate} and {@code run} read, as core {@link Scenario} values to
 * run with {@code org.muhojir.core.Muhojir}. A file is read with every file it {@code extends} (a bundled scenario
 * by name, or a path relative to the file), laid over the core model's documented defaults and validated; any
 * problem in any of the files throws {@link ScenarioFileProblems} listing each with file, line and JSON path.
 *
 * <pre>{@code
 * Scenario policy = Scenarios.load(Path.of("my-policy.json"));
 * Scenario baseline = Scenarios.bundled("baseline");
 * }</pre>
 */
public final class Scenarios {
    private Scenarios() {
    }

    /**
     * The scenario of {@code file}, every default filled in.
     *
     * @throws ScenarioFileProblems if the file or one it extends cannot be read or has any problem
     */
    public static Scenario load(Path file) {
        return read(file).scenario();
    }

    /**
     * The scenario of {@code file} with what was read to build it: the files (with their SHA-256) and the
     * warnings (values legal but probably not meant, such as a factor of 100 meant as +100%), each placed in its file.
     *
     * @throws ScenarioFileProblems if the file or one it extends cannot be read or has any problem
     */
    public static LoadedScenario read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new ScenarioFileProblems(new ScenarioFileException(file.toString(), List.of(new ScenarioProblem(
                    new Source(file.toString(), 0, 0, "$"), "$", "no such file: " + absolute))));
        }
        return loading(() -> new ScenarioLoader(Catalogue.bundled(), absolute.getParent())
                .load(absolute.toString()));
    }

    /**
     * The bundled scenario {@code name} ({@code baseline}, {@code russia-crackdown-2026}, ...: see
     * {@link #bundledNames()}).
     *
     * @throws ScenarioFileProblems if there is no bundled scenario of that name
     */
    public static Scenario bundled(String name) {
        if (!Catalogue.bundled().has(name)) {
            throw new ScenarioFileProblems(new ScenarioFileException(name, List.of(new ScenarioProblem(
                    new Source(name, 0, 0, "$"), "$", "no bundled scenario named \"" + name + "\"; expected one of "
                    + String.join(", ", bundledNames())))));
        }
        return loading(() -> ScenarioLoader.standard().load(name)).scenario();
    }

    /** The names of the bundled scenarios, in catalogue order. */
    public static List<String> bundledNames() {
        return Catalogue.bundled().names();
    }

    /** A load that may fail with the files' problems. */
    @FunctionalInterface
    private interface Load {
        LoadedScenario run() throws ScenarioFileException;
    }

    private static LoadedScenario loading(Load load) {
        try {
            return load.run();
        } catch (ScenarioFileException e) {
            throw new ScenarioFileProblems(e);
        }
    }
}
