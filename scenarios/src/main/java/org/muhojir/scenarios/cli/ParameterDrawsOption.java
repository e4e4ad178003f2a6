package org.muhojir.scenarios.cli;

import java.nio.file.Path;
import org.muhojir.scenarios.calibrate.CalibrationFileException;
import org.muhojir.scenarios.calibrate.UncertaintyFile;
import org.muhojir.scenarios.load.FileText;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Option;

/** {@code --parameter-draws[=FILE]}: run each replication at its own draw of the calibrated parameters. */
final class ParameterDrawsOption {
    /** What {@code --parameter-draws} without a file means: the bundled present-day uncertainty. */
    static final String BUNDLED = "bundled";

    @Option(names = "--parameter-draws", arity = "0..1", paramLabel = "FILE", fallbackValue = BUNDLED,
            description = {"Run each replication at its own draw of the calibrated parameters, so that the "
                    + "intervals say what is not known about the parameters as well as the Monte Carlo noise. FILE "
                    + "is a parameter-uncertainty.json written by 'muhojir calibrate --uncertainty'; without it, "
                    + "the bundled one of the present-day calibration. Use 20 or more replications."})
    String file;

    /** The file asked for and how messages name it, or null if the option was not given. */
    Named read() throws UserError {
        return file == null ? null : named(file);
    }

    /**
     * The parameter-uncertainty file {@code file} ({@value #BUNDLED} for the bundled one).
     *
     * @throws UserError if it cannot be read or is not such a file
     */
    static Named named(String file) throws UserError {
        String shownAs = file.equals(BUNDLED) ? "bundled " + UncertaintyFile.BUNDLED : file;
        String text;
        try {
            text = file.equals(BUNDLED) ? UncertaintyFile.bundledText() : FileText.read(Path.of(file)).text();
        } catch (FileText.Refused e) {
            throw new UserError("cannot read the parameter-uncertainty file " + file + ": " + e.getMessage());
        }
        try {
            return new Named(UncertaintyFile.read(shownAs, text), shownAs);
        } catch (CalibrationFileException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** A parameter-uncertainty file and how messages name it. */
    record Named(UncertaintyFile file, String shownAs) {
    }
}
