package org.muhojir.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every default value says where it comes from (issue 4, item 4): in the source of the bundled baselines, each
 * decimal number has, on its line or in a comment earlier in the same paragraph of code, a note saying whether it
 * is data (a {@code data:} key of the project's copy of the figures, {@code data/}; {@code DefaultsDataTest} in the
 * scenarios module checks that each key exists there and that figures agree), a derivation, a published source,
 * calibrated, or an assumption.
 * A paragraph is a run of lines without a blank line or a brace that opens or closes a block.
 */
class DefaultsProvenanceTest {
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])\\d[\\d_]*\\.\\d+");
    private static final Pattern SOURCE = Pattern.compile(
            "data:|assumption|calibrated|derived|OECD|Rosstat|Central Bank|minimum wage", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = {"src/main/java/org/muhojir/core/scenario/TajikistanDefaults.java"})
    void everyDecimalInTheBaselinesSaysWhereItComesFrom(String file) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(file));
        List<String> unsourced = new ArrayList<>();
        int paragraph = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean comment = isComment(line);
            if (!comment && DECIMAL.matcher(line.replaceAll("//.*", "")).find() && !sourced(lines, paragraph, i)) {
                unsourced.add((i + 1) + ": " + line);
            }
            if (line.isEmpty() || !comment && (line.endsWith("{") || line.endsWith("}"))) {
                paragraph = i + 1;
            }
        }
        assertEquals(List.of(), unsourced, file + ": values without a source");
    }

    /** Whether line {@code i} says where its value comes from, or a comment before it in its paragraph does. */
    private static boolean sourced(List<String> lines, int paragraph, int i) {
        if (SOURCE.matcher(lines.get(i)).find()) {
            return true;
        }
        for (int j = i - 1; j >= paragraph; j--) {
            if (isComment(lines.get(j).strip()) && SOURCE.matcher(lines.get(j)).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isComment(String line) {
        return line.startsWith("//") || line.startsWith("*") || line.startsWith("/*");
    }
}
