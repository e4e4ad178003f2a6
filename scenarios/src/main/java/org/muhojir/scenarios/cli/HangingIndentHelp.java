package org.muhojir.scenarios.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help's description and footer (output files, examples, exit codes, limits) wrapped to the help's width with a
 * hanging indent: an indented line too long for the terminal continues under its own text (an example's description
 * under the description, a file's under the file's) instead of at the left margin, where it reads as a new entry, as
 * picocli wraps them.
 */
final class HangingIndentHelp implements CommandLine.IHelpSectionRenderer {
    /** The least room left for text on a continued line; with less, it continues a few columns in instead. */
    private static final int LEAST_ROOM = 24;

    /** Whether this renders the description (else the footer). */
    private final boolean description;

    private HangingIndentHelp(boolean description) {
        this.description = description;
    }

    /** Gives {@code cl} and every command under it this description and footer. */
    static void install(CommandLine cl) {
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, new HangingIndentHelp(true));
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, new HangingIndentHelp(false));
        cl.getSubcommands().values().forEach(HangingIndentHelp::install);
    }

    @Override
    public String render(CommandLine.Help help) {
        UsageMessageSpec usage = help.commandSpec().usageMessage();
        StringBuilder out = new StringBuilder();
        for (String entry : description ? usage.description() : usage.footer()) {
            for (String line : String.format(entry).split("\\R", -1)) {
                wrap(line, usage.width()).forEach(l -> out.append(l).append(System.lineSeparator()));
            }
        }
        return out.toString();
    }

    /**
     * {@code line} in lines of at most {@code width} characters where it has spaces to break at. A paragraph (a line
     * with no indent) continues at the margin; in an indented line each line after the first is indented to where
     * the text after its first gap of two spaces or more begins (an example's description), or else two columns
     * past the line's own indent; a continued comment ("# ...") starts with "# " again.
     */
    static List<String> wrap(String line, int width) {
        List<String> lines = new ArrayList<>();
        if (line.length() <= width) {
            lines.add(line);
            return lines;
        }
        String indent = continuation(line, " ".repeat(hangingIndent(line, width)));
        String rest = line;
        String lead = "";
        while (lead.length() + rest.length() > width) {
            int room = width - lead.length();
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= 0 || rest.substring(0, cut).isBlank()) {
                cut = rest.indexOf(' ', room); // a word longer than the room: keep it whole
                if (cut < 0) {
                    break;
                }
            }
            lines.add(lead + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            lead = indent;
        }
        lines.add(lead + rest);
        return lines;
    }

    /**
     * How a continued line starts: under a shell comment (an example's "# what it does"), with "# " again, so that
     * every line of an example pasted into a shell is a command or a comment.
     */
    private static String continuation(String line, String indent) {
        return COMMENTED.matcher(line).matches() ? indent + "# " : indent;
    }

    /** A comment on a line of its own, or an example's after a gap of two spaces or more. */
    private static final java.util.regex.Pattern COMMENTED = java.util.regex.Pattern.compile(
            " *# .*| +\\S.*? {2,}# .*");

    private static int hangingIndent(String line, int width) {
        int own = line.length() - line.stripLeading().length();
        if (own == 0) {
            return 0; // a paragraph
        }
        if (line.startsWith("# ", own)) {
            return own; // a comment on a line of its own continues under its "#"
        }
        int gap = line.indexOf("  ", own);
        int column = own + 2;
        if (gap > own) {
            int text = gap;
            while (text < line.length() && line.charAt(text) == ' ') {
                text++;
            }
            column = text;
        }
        return width - column >= LEAST_ROOM ? column : own + 2;
    }
}
