package org.muhojir.scenarios.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.muhojir.core.param.Source;
import org.muhojir.core.scenario.Provenance;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.load.LoadedScenario;

/**
 * {@code manifest.json}: what ran and how, so a run can be repeated and checked: the program's version and commit,
 * the model's version ({@link ModelVersion}: the same for two builds whose model computes the same), seed,
 * replications, threads, each scenario's behaviour rules (each role's class), where each of its values comes from
 * ({@code valueSources}: which are assumptions, and the source of the others), the SHA-256 of each resolved
 * scenario and of each file read, the loader's warnings (values legal but probably not meant), the JVM, start and end time, wall time and the command line.
 */
public final class Manifest {
    private Manifest() {
    }

    /**
     * {@code manifest.json} of a study (a Sobol analysis, an uncertainty ensemble): muhojir, the model's version
     * ({@link ModelVersion}), then the study's own {@code entries} in their order.
     */
    public static void writeStudy(Path file, Map<String, Object> entries) throws IOException {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("program", "muhojir");
        m.put("model", ModelVersion.get());
        m.putAll(entries);
        SummaryJson.MAPPER.writeValue(file.toFile(), m);
    }

    /**
     * @param resolvedSha256 SHA-256 of each scenario's resolved JSON, by scenario name, in scenario order
     */
    public static void write(Path file, RunInfo info, List<ScenarioRuns> runs, Map<String, String> resolvedSha256)
            throws IOException {
        ObjectNode m = SummaryJson.MAPPER.createObjectNode();
        m.put("program", "muhojir");
        m.put("version", info.version());
        m.put("model", ModelVersion.get());
        m.put("command", info.command());
        ArrayNode cl = m.putArray("commandLine");
        info.commandLine().forEach(cl::add);
        m.put("seed", info.seed());
        m.put("replications", info.replications());
        m.put("threads", info.threads());
        if (info.parameterDraws() != null) {
            m.put("parameterDraws", info.parameterDraws());
        }
        ArrayNode scenarioNodes = m.putArray("scenarios");
        for (int i = 0; i < runs.size(); i++) {
            ScenarioRuns c = runs.get(i);
            ObjectNode s = scenarioNodes.addObject();
            s.put("name", c.name());
            s.put("resolvedSha256", resolvedSha256.get(c.name()));
            s.put("sampleFraction", c.scenario().population().sampleFraction());
            s.put("householdsSimulated", c.scenario().population().simulatedHouseholds());
            s.put("start", c.scenario().start().toString());
            s.put("months", c.scenario().months());
            s.set("valueSources", valueSources(c.scenario()));
            ObjectNode rules = s.putObject("rules");
            c.runs().get(0).rules().describe().forEach(rules::put);
            ArrayNode warnings = s.putArray("warnings");
            info.warnings().get(i).forEach(warnings::add);
            s.set("files", SummaryJson.MAPPER.valueToTree(files(info.inputs().get(i))));
        }
        ObjectNode jvm = m.putObject("jvm");
        jvm.put("version", System.getProperty("java.version"));
        jvm.put("vendor", System.getProperty("java.vendor"));
        jvm.put("vm", System.getProperty("java.vm.name"));
        jvm.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        jvm.put("processors", Runtime.getRuntime().availableProcessors());
        m.put("started", info.started().toString());
        m.put("ended", info.ended().toString());
        m.put("wallSeconds", info.wallSeconds());
        SummaryJson.MAPPER.writeValue(file.toFile(), m);
    }

    /** Each file read, as a manifest lists it: its name as shown and the SHA-256 of its bytes. */
    public static List<Map<String, String>> files(List<LoadedScenario.Input> inputs) {
        return inputs.stream().map(in -> {
            Map<String, String> f = new java.util.LinkedHashMap<>(); // in this order, every time
            f.put("file", in.shownAs());
            f.put("sha256", in.sha256());
            return f;
        }).toList();
    }

    /**
     * Where the scenario's values come from ({@link Provenance}): the paths of the values that are assumptions, then
     * for data, published, calibrated and scenario-set values each path with its source.
     */
    static ObjectNode valueSources(Scenario scenario) {
        ObjectNode out = SummaryJson.MAPPER.createObjectNode();
        List<Provenance.Entry> entries = Provenance.of(scenario);
        ArrayNode assumptions = out.putArray("assumption");
        entries.stream().filter(e -> e.kind() == Source.Kind.ASSUMPTION).forEach(e -> assumptions.add(
                e.path().toString()));
        for (Source.Kind kind : List.of(Source.Kind.DATA, Source.Kind.PUBLISHED, Source.Kind.CALIBRATED,
                Source.Kind.SCENARIO)) {
            ObjectNode o = out.putObject(kind.name().toLowerCase(java.util.Locale.ROOT));
            entries.stream().filter(e -> e.kind() == kind).forEach(e -> o.put(e.path().toString(), e.text()));
        }
        return out;
    }
}
