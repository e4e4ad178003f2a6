package org.muhojir.scenarios.cli;

import java.util.List;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.output.HistoryFitFiles;
import org.muhojir.scenarios.output.HistoryScenario;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code muhojir history}: the one history run against every figure of the calibration years. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        defaultValueProvider = FrontEndDefaults.Batch.class,
        header = "Run the history (2010 to the last month of data) and compare it with every calibration figure.",
        description = {"",
            "Runs replications of SCENARIO's history: the scenario reported from its historyStart (if it has one, "
                    + "else from its start) to the last month of data (the last month of its exchange rates, "
                    + "Russia's wages and Tajikistan's prices), with the dated inputs of those years. Without "
                    + "SCENARIO: baseline if it has a historyStart, else baseline-2010. --months cuts the history "
                    + "short (for a quick look). Writes everything 'run' writes (report.html, monthly.csv, "
                    + "summary.csv, ...) and:",
            "  history-fit.csv     every figure of the calibration years (2010-2013,",
            "                      2017-2019, 2023): observed, simulated mean and 95%%",
            "                      interval, tolerance, pass or fail, weight, fitted or",
            "                      reported; and the figures no moment measures, with why",
            "  history-series.csv  each moment's simulated value in every year, held-out",
            "                      years marked (simulated values only)",
            "  history-fit.html    a chart a moment (simulated path and band, observed",
            "                      figures with their tolerance, held-out years shaded), then",
            "                      the tables",
            "  history-fit.md      the tables in Markdown (docs/calibration.md, section 14)", "",
            "The world's history has the world's dated events (\"events\" of the scenario file; muhojir describe "
                    + "lists them): Russia's ban campaign of 2015-2016, the border closures of 2020-2021, and the "
                    + "policies of 2024-2025 (Russia's crackdown from 2024-04 and exam from 2024-05, Turkey's visas "
                    + "from 2024-05, Russia's expulsion regime from 2025-02).", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir history",
            "  ./muhojir history baseline-2010 --sample 0.01 -r 4 --out results/history",
            "  ./muhojir history baseline-2010 --months 12 --sample 0.002"})
final class HistoryCommand extends BatchCommand {
    /** The scenario whose history is run when none is named, if it has a history. */
    static final String DEFAULT = "baseline";
    /** The scenario run when {@link #DEFAULT} has no history: today's history from January 2010. */
    static final String FALLBACK = "baseline-2010";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A bundled scenario's name or the path of a scenario file (default: baseline if it has a "
                    + "historyStart, else baseline-2010).")
    String scenario;

    @Override
    public Integer call() throws Exception {
        String ref = scenario != null ? scenario : defaultScenario();
        return service().reshaping(HistoryScenario::of).execute("history", List.of(ref), (folder, runs) -> {
            HistoryFitFiles.write(folder, runs.get(0), Version.get());
        });
    }

    /** {@link #DEFAULT} if it has a history, else {@link #FALLBACK}. */
    static String defaultScenario() throws ScenarioFileException, UserError {
        return ScenarioLoader.standard().load(DEFAULT).scenario().historyStart() != null ? DEFAULT : FALLBACK;
    }
}
