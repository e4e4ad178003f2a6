package org.muhojir.scenarios.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.muhojir.scenarios.catalogue.Catalogue;

/**
 * Fuzzes the scenario loader with Jazzer: whatever bytes a scenario file holds, loading it either succeeds or is
 * refused with the loader's own {@link ScenarioFileException}; any other exception or error is a bug. The corpus is
 * seeded with every bundled scenario and episode. {@code mvn verify} replays the seeds and past findings, then fuzzes
 * for {@code fuzz.duration} (10 s); {@code mvn -pl scenarios -am verify -Dfuzz.duration=2h} fuzzes for longer.
 */
class ScenarioLoaderFuzzTest {
    private static final Path DIR = temporaryFolder();
    private static final ScenarioLoader LOADER = new ScenarioLoader(Catalogue.bundled(), DIR);

    static Stream<Arguments> loaderLoadsOrRefusesEveryInput() {
        Catalogue scenarios = Catalogue.bundled();
        Catalogue episodes = Catalogue.episodes();
        return Stream.concat(scenarios.names().stream().map(scenarios::text),
                episodes.names().stream().map(episodes::text))
                .map(text -> Arguments.of((Object) text.getBytes(StandardCharsets.UTF_8)));
    }

    @MethodSource
    @FuzzTest(maxDuration = "10s")
    void loaderLoadsOrRefusesEveryInput(byte[] file) throws IOException {
        Files.write(DIR.resolve("fuzzed.json"), file);
        try {
            LOADER.load("fuzzed.json");
        } catch (ScenarioFileException refused) {
            // the loader's own refusal, with its problems: what any bad file must get
        }
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("muhojir-fuzz");
            dir.toFile().deleteOnExit();
            dir.resolve("fuzzed.json").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
