package org.muhojir.scenarios.load;

import org.muhojir.scenarios.json.Source;

/**
 * One thing wrong with a scenario file: where it is (file, line, column and JSON path) and what is wrong, saying
 * what was expected and what was found.
 *
 * @param source  file, line and column
 * @param path    JSON path of the value, for example {@code $.shocks[2].destination}
 * @param message what is wrong, what was expected and what was found
 */
public record ScenarioProblem(Source source, String path, String message) {
    /** One line: {@code file:line:column: $.path: message}. */
    @Override
    public String toString() {
        return source + ": " + path + ": " + message;
    }
}
