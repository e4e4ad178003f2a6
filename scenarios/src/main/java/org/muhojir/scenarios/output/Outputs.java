package org.muhojir.scenarios.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.scenarios.format.TreeWriter;
import org.muhojir.scenarios.json.JsonWriter;

/**
 * Writes every output file of a run or a comparison into a folder: {@code monthly.csv}, {@code summary.csv},
 * ({@code differences.csv}), {@code summary.json}, the resolved scenario(s), {@code manifest.json} and
 * {@code report.html}. The first scenario of a comparison is its baseline.
 */
public final class Outputs {
    private Outputs() {
    }

    /** The files written (with any a command wrote before), relative to the folder; not the staging marks. */
    public static List<String> write(Path folder, List<ScenarioRuns> scenarios, boolean compare, RunInfo info)
            throws IOException {
        Csv.monthly(folder.resolve("monthly.csv"), scenarios);
        Csv.summary(folder.resolve("summary.csv"), scenarios);
        if (compare) {
            Csv.differences(folder.resolve("differences.csv"), scenarios.get(0),
                    scenarios.subList(1, scenarios.size()));
        }
        SummaryJson.write(folder.resolve("summary.json"), scenarios, compare);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (ScenarioRuns c : scenarios) {
            String text = JsonWriter.write(TreeWriter.scenario(c.scenario(), "resolved"));
            String file = resolvedFileName(c.name(), compare);
            Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
            hashes.put(c.name(), sha256(text));
        }
        Manifest.write(folder.resolve("manifest.json"), info, scenarios, hashes);
        ReportHtml.write(folder.resolve("report.html"), scenarios, compare, info);
        return OutputFolder.written(folder);
    }

    /** {@code scenario.resolved.json}, or {@code scenario.NAME.resolved.json} in a comparison. */
    public static String resolvedFileName(String scenario, boolean compare) {
        return compare ? "scenario." + scenario.replaceAll("[^A-Za-z0-9._-]", "_") + ".resolved.json"
                : "scenario.resolved.json";
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
