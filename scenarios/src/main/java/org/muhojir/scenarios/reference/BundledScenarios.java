package org.muhojir.scenarios.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;

/**
 * The table of the bundled scenarios in {@code docs/scenario-reference.md}: for each, in {@code muhojir list}'s
 * order, what it is (its description's first clause), the months it reports, what it extends, its shocks and the
 * world's events it leaves out, read from the catalogue's files, so that the document cannot drift from them.
 */
final class BundledScenarios {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BundledScenarios() {
    }

    /** The section, a heading, a sentence and the table. */
    static String markdown() {
        StringBuilder b = new StringBuilder("## Bundled scenarios\n\n`muhojir list` names them, `muhojir describe "
                + "NAME` gives each whole and `--resolved` every value; the files are in "
                + "[`scenarios/catalogue/`](../scenarios/catalogue/) (the backcast episodes, in "
                + "[`scenarios/episodes/`](../scenarios/episodes/), are listed by `muhojir backcast --list`). A "
                + "file extends another with `extends` and may leave out the world's events (`events`, above).\n\n"
                + "| name | months reported | extends | shocks (its own and those it extends) | world's events its "
                + "file leaves out | what it is |\n|---|---|---|---|---|---|\n");
        Catalogue catalogue = Catalogue.bundled();
        ScenarioLoader loader = ScenarioLoader.standard();
        for (String name : catalogue.names()) {
            JsonNode file = read(catalogue.text(name));
            Scenario s = load(loader, name);
            b.append("| `").append(name).append("` | ").append(s.start()).append(" to ").append(s.end())
                    .append(" | ").append(file.has("extends") ? "`" + file.get("extends").asText() + "`" : "")
                    .append(" | ").append(cell(String.join("; ", shocks(s)))).append(" | ")
                    .append(String.join(", ", leftOut(file))).append(" | ")
                    .append(cell(firstClause(file.path("description").asText()))).append(" |\n");
        }
        return b.append("\n").toString();
    }

    /** Each shock in words with its months ({@link ReferenceTables#inWords}). */
    private static List<String> shocks(Scenario s) {
        return s.shocks().stream().map(ReferenceTables::inWords).toList();
    }

    /** The world's events a file leaves out (given as {@code []}), as code. */
    private static List<String> leftOut(JsonNode file) {
        List<String> names = new ArrayList<>();
        file.path("events").fields().forEachRemaining(e -> {
            if (e.getValue().isArray() && e.getValue().isEmpty()) {
                names.add("`" + e.getKey() + "`");
            }
        });
        return names;
    }

    /**
     * A description up to its first colon or full stop that ends a clause (one followed by a space), outside
     * parentheses: "from April 2026 (raids: russia-crackdown-2026): 5,000 places" gives "from April 2026 (raids:
     * russia-crackdown-2026)".
     */
    static String firstClause(String description) {
        int depth = 0;
        for (int i = 0; i + 1 < description.length(); i++) {
            char c = description.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == ':' || c == '.') && description.charAt(i + 1) == ' ') {
                return description.substring(0, i);
            }
        }
        return description;
    }

    private static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bundled scenario is not JSON", e);
        }
    }

    private static Scenario load(ScenarioLoader loader, String name) {
        try {
            return loader.load(name).scenario();
        } catch (ScenarioFileException e) {
            throw new IllegalStateException("the bundled scenario " + name + " does not load: " + e.getMessage(), e);
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
