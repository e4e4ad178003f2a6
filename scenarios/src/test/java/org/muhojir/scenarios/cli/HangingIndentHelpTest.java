package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Help read in an 80-column terminal: a long example or file entry continues under its own text, not at the left
 * margin where it would read as a new entry; paragraphs continue at the margin; no line is wider than the terminal.
 */
class HangingIndentHelpTest {
    private static final int WIDTH = 80;

    @Test
    void anExampleContinuesUnderItsDescription() {
        List<String> lines = HangingIndentHelp.wrap("  muhojir run baseline                    a quick run of the "
                + "present-day baseline", WIDTH);
        assertEquals(List.of("  muhojir run baseline                    a quick run of the present-day",
                "                                          baseline"), lines);
    }

    @Test
    void aParagraphContinuesAtTheMarginAndAShortLineIsKept() {
        String paragraph = "Exit codes: 0 done; 1 internal error (a bug); 2 a problem with the command, a scenario "
                + "file or the output folder";
        List<String> lines = HangingIndentHelp.wrap(paragraph, WIDTH);
        assertEquals(2, lines.size());
        assertEquals("scenario file or the output folder", lines.get(1));
        assertEquals(List.of("  muhojir list"), HangingIndentHelp.wrap("  muhojir list", WIDTH));
    }

    @Test
    void everyCommandsHelpFitsEightyColumnsWithEntriesContinuedUnderTheirText() {
        CommandLine root = Main.commandLine(new String[0], new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), null);
        root.setUsageHelpAutoWidth(false);
        root.setUsageHelpWidth(WIDTH);
        for (CommandLine cl : commands(root)) {
            String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
            for (String line : help.split("\\R")) {
                assertTrue(line.length() <= WIDTH, cl.getCommandName() + ": " + line);
            }
        }
        String backcast = root.getSubcommands().get("backcast").getUsageMessage(CommandLine.Help.Ansi.OFF);
        String[] lines = backcast.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("  episode-annual.csv")) {
                assertTrue(lines[i + 1].startsWith(" ".repeat(23)) && !lines[i + 1].isBlank(), lines[i + 1]);
            }
        }
    }

    @Test
    void aCommentContinuesAsAComment() {
        assertEquals(List.of("  ./muhojir run baseline                  # a quick run of the present-day",
                "                                          # baseline"),
                HangingIndentHelp.wrap("  ./muhojir run baseline                  # a quick run of the present-day "
                        + "baseline", WIDTH));
        assertEquals(List.of("      # the free parameters, remittances, migrants abroad and poverty in the",
                "      # scenario's second year"),
                HangingIndentHelp.wrap("      # the free parameters, remittances, migrants abroad and poverty in the "
                        + "scenario's second year", WIDTH));
    }

    /** Every line of every command's examples, pasted into a shell from the project's folder, runs or is a comment. */
    @Test
    void everyExampleLineIsACommandOrAComment() {
        for (int width : new int[] {WIDTH}) { // and wider: a terminal narrower than 80 columns may wrap a command
            CommandLine root = Main.commandLine(new String[0], new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()), null);
            root.setUsageHelpAutoWidth(false);
            root.setUsageHelpWidth(width);
            for (CommandLine cl : commands(root)) {
                String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
                int from = help.indexOf("Examples:");
                if (cl.getCommandName().equals("help")) {
                    continue;
                }
                assertTrue(from >= 0, cl.getCommandName() + " has examples");
                boolean continued = false; // the line before ended in a backslash: this one goes on with it
                for (String line : help.substring(from).split("\\R\\R")[0].lines().skip(1).toList()) {
                    assertTrue(continued || line.startsWith("  ./muhojir ") || line.strip().startsWith("# "),
                            cl.getCommandName() + " at " + width + " columns: '" + line + "'");
                    continued = line.endsWith(" \\");
                }
            }
        }
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new java.util.ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(all::add);
        return all;
    }
}
