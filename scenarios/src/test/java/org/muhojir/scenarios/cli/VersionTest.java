package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The version line: with the commit the build found, and what it says without one. */
class VersionTest {
    @Test
    void namesTheCommitAndWhetherTheTreeDifferedFromIt() {
        assertEquals("0.1.0 (commit 0cca485fe949)", Version.describe("0.1.0", "0cca485fe949", "false"));
        assertEquals("0.1.0 (commit 0cca485fe949, with uncommitted changes)",
                Version.describe("0.1.0", "0cca485fe949", "true"));
    }

    @Test
    void withoutACommitItIsTheVersionAlone() {
        // built outside a git checkout, the plugin leaves the property unfilled
        assertEquals("0.1.0", Version.describe("0.1.0", "${git.commit.id.abbrev}", "${git.dirty}"));
        assertEquals("0.1.0", Version.describe("0.1.0", "", ""));
    }

    @Test
    void everyCommandPrintsTheVersionItsHelpPromises() {
        Cli run = Cli.run("run", "--version");
        assertEquals(0, run.code(), run.toString());
        assertEquals("muhojir " + Version.get(), run.out().lines().findFirst().orElse(""), run.toString());
        String top = Cli.run("-V").out();
        for (String command : Main.commandLine(new String[0], new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), null).getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue; // the help command has no -V
            }
            Cli c = Cli.run(command, "-V");
            assertEquals(0, c.code(), command + ": " + c);
            assertEquals(top, c.out(), command);
        }
        assertTrue(top.startsWith("muhojir "), top);
    }

    @Test
    void theGuiJarIsNamedWithTheProjectVersionAlone() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<parent>.*?<version>([^<]+)</version>",
                java.util.regex.Pattern.DOTALL).matcher(pom);
        assertTrue(m.find(), "the scenarios module's parent version");
        assertEquals(m.group(1), Version.project());
        assertTrue(GuiCommand.HOW.contains("java -jar gui/target/muhojir-gui-" + m.group(1) + ".jar [SCENARIO]"),
                GuiCommand.HOW);
    }
}
