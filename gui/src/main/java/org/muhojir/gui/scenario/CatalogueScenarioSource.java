package org.muhojir.gui.scenario;

import java.nio.file.Path;
import java.util.List;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;

/**
 * Scenarios as the {@code muhojir} command finds them: the bundled catalogue ({@code scenarios/catalogue/}, packed
 * in the scenarios jar) by name, and scenario files by path, read by the scenarios module's strict JSON loader
 * (which follows {@code extends} and checks every value).
 */
public final class CatalogueScenarioSource implements ScenarioSource {
    private final Catalogue catalogue;
    private final ScenarioLoader loader;

    /**
     * @param catalogue        the bundled scenarios
     * @param workingDirectory where relative file paths are resolved from
     */
    public CatalogueScenarioSource(Catalogue catalogue, Path workingDirectory) {
        this.catalogue = catalogue;
        this.loader = new ScenarioLoader(catalogue, workingDirectory);
    }

    /** The bundled catalogue, and files relative to the current directory. */
    public static CatalogueScenarioSource standard() {
        return new CatalogueScenarioSource(Catalogue.bundled(), Path.of("").toAbsolutePath());
    }

    @Override
    public List<String> names() {
        return catalogue.names();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException whose message is the loader's report: a heading and one line per problem,
     *                                  {@code file:line:column: $.path: message} (no stack trace to show)
     */
    @Override
    public LoadedScenario loaded(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            throw new IllegalArgumentException("a scenario name or file is required; bundled scenarios: "
                    + String.join(", ", names()));
        }
        try {
            return loader.load(nameOrPath);
        } catch (ScenarioFileException e) {
            throw new IllegalArgumentException(e.report());
        }
    }
}
