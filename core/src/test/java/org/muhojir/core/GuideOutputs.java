package org.muhojir.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed outputs of {@code docs/embedding.md}, taken from the runs of {@link EmbeddingGuideExampleTest} so
 * that they cannot go stale. In the guide, each output is the {@code text} block after a line
 * {@code <!-- output: NAME -->}; a test captures what its examples print ({@link #capture()}) and
 * {@link #check(String, Printed)} fails when the guide shows something else. To write the current outputs into the
 * guide instead, run
 * {@code mvn -B -ntp -q -pl core verify -Dtest=EmbeddingGuideExampleTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dguide.update=true} from the repository root.
 */
final class GuideOutputs {
    /** Lines of the guide are wrapped to this width, at ", ", with continuation lines indented by two spaces. */
    static final int WIDTH = 116;
    /** The command that regenerates the outputs, as failures print it. */
    static final String REGENERATE = "mvn -B -ntp -q -pl core verify -Dtest=EmbeddingGuideExampleTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dguide.update=true";

    private GuideOutputs() {
    }

    /** What {@code System.out} received between {@link #capture()} and {@link #stop()}. */
    static final class Printed {
        private final PrintStream original = System.out;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        private Printed() {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }

        /** Restores {@code System.out}; returns what was printed. */
        String stop() {
            System.out.flush();
            System.setOut(original);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Starts capturing {@code System.out}. */
    static Printed capture() {
        return new Printed();
    }

    /**
     * Stops {@code printed} and checks that the guide's output {@code name} shows what was printed (wrapped), or, with
     * {@code -Dguide.update=true}, writes it there.
     */
    static void check(String name, Printed printed) {
        String shown = wrap(printed.stop());
        Path guide = EmbeddingGuideExampleTest.locate(EmbeddingGuideExampleTest.GUIDE);
        try {
            String text = Files.readString(guide, StandardCharsets.UTF_8);
            Block b = Block.find(text, name);
            if (Boolean.getBoolean("guide.update")) {
                Files.writeString(guide, text.substring(0, b.from) + shown + text.substring(b.to),
                        StandardCharsets.UTF_8);
                return;
            }
            assertEquals(shown, text.substring(b.from, b.to), "the output '" + name + "' of docs/embedding.md differs "
                    + "from what its example prints today; to write today's outputs into the guide, run " + REGENERATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines longer than {@link #WIDTH} broken after ", ", the rest of each indented by two spaces. */
    static String wrap(String printed) {
        List<String> out = new ArrayList<>();
        for (String line : printed.replace("\r\n", "\n").split("\n", -1)) {
            String rest = line;
            String indent = "";
            while (indent.length() + rest.length() > WIDTH && rest.lastIndexOf(", ", WIDTH - indent.length()) > 0) {
                int cut = rest.lastIndexOf(", ", WIDTH - indent.length()) + 1;
                out.add(indent + rest.substring(0, cut));
                rest = rest.substring(cut + 1);
                indent = "  ";
            }
            out.add(indent + rest);
        }
        return String.join("\n", out);
    }

    /** Where the text of output {@code name} lies in the guide: from after its opening fence to its closing one. */
    private record Block(int from, int to) {
        static Block find(String guide, String name) {
            String marker = "<!-- output: " + name + " -->";
            int at = guide.indexOf(marker);
            if (at < 0) {
                throw new AssertionError("docs/embedding.md has no " + marker + " before a ```text block");
            }
            int open = guide.indexOf("```text\n", at);
            int from = open + "```text\n".length();
            int to = guide.indexOf("```", from);
            if (open < 0 || to < 0) {
                throw new AssertionError("no ```text block after " + marker + " in docs/embedding.md");
            }
            return new Block(from, to);
        }
    }
}
