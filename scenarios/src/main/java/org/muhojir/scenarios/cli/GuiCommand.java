package org.muhojir.scenarios.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code muhojir gui}: the visualizer's command line, declared once. The visualizer lives in the gui module, which
 * depends on this one, so this program cannot start it: the {@code ./muhojir} launcher runs
 * {@code org.muhojir.gui.MuhojirWithUI}, which reads its arguments with {@link #read} (these very options) when its
 * first argument is {@code gui}. Reaching {@link #call} means the command line was started some other way; it says
 * how to start the visualizer and exits with code 2.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        defaultValueProvider = FrontEndDefaults.Gui.class, versionProvider = Version.class,
        header = "Open the visualizer (MASON Console): map, charts, levers, shocks, one household.",
        description = {"",
            "Opens MASON's Console on SCENARIO: press play to watch migrants leave Tajikistan's regions for seven "
                    + "destinations month by month, pull policy levers, fire shocks and follow one household. "
                    + "Needs a display (on a server: Xvfb :99 & export DISPLAY=:99). The ./muhojir launcher "
                    + "starts it (building the gui module on first use); see docs/gui.md.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir gui                                 # the baseline, 1%% of households",
            "  ./muhojir gui russia-crackdown-2026 --sample 0.05",
            "  ./muhojir gui my-policy.json --seed 7"})
public final class GuiCommand implements Callable<Integer> {
    /** How to start the visualizer without the launcher. */
    static final String HOW = "the visualizer is in the gui module and is started by the launcher: "
            + "./muhojir gui [SCENARIO] [--sample F | --full] [--seed N] [--threads N] (it builds the gui module on "
            + "first use), or after 'mvn -q package -DskipTests -pl gui -am': java -jar gui/target/muhojir-gui-"
            + Version.project() + ".jar [SCENARIO] ... (see docs/gui.md)";

    @Mixin
    GuiOptions options;

    @Override
    public Integer call() throws UserError {
        throw new UserError(HOW);
    }

    /**
     * Reads the visualizer's arguments as {@code muhojir gui} declares them; prints the help or the version on
     * {@code out} if asked.
     *
     * @return the options, or null if help or the version was printed (nothing to open)
     * @throws UserError naming a bad or unknown argument
     */
    public static GuiOptions read(PrintWriter out, String... args) throws UserError {
        GuiCommand command = new GuiCommand();
        CommandLine cl = new CommandLine(command).setCommandName("muhojir gui");
        HangingIndentHelp.install(cl);
        try {
            cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new UserError(e.getMessage() + " (see ./muhojir gui --help)");
        }
        if (cl.isUsageHelpRequested() || cl.isVersionHelpRequested()) {
            if (cl.isUsageHelpRequested()) {
                cl.usage(out);
            } else {
                cl.printVersionHelp(out);
            }
            out.flush();
            return null;
        }
        command.options.settings(); // checks the values now, before a window opens
        return command.options;
    }
}
