package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.scenarios.output.OutputFolder;

/**
 * {@code --force} never deletes a user's files, and what killed runs leave behind is recognisable and cleaned up
 * (only that): each case runs the program as a real process in a folder of its own.
 */
class OutputFolderSafetyTest {
    private static final String[] TINY = {"--sample", "0.001", "--months", "2", "--replications", "1", "--quiet"};

    @TempDir
    Path dir;

    private Cli run(String... args) throws Exception {
        String[] all = new String[args.length + TINY.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(TINY, 0, all, args.length, TINY.length);
        return Program.run(dir, all);
    }

    @Test
    void forceRefusesAFolderThatHoldsAUsersFilesAndTouchesNothing() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work/sub"));
        Files.writeString(dir.resolve("work/precious.txt"), "a year of notes");
        Files.writeString(work.resolve("keep.txt"), "more");
        Cli without = run("run", "baseline", "-o", "work");
        assertEquals(2, without.code(), without.toString());
        assertTrue(without.out().contains("already exists; choose another with --out (--force would not replace it "
                + "either: it is not empty and is not an earlier Muhojir output"), without.out());
        Cli c = run("run", "baseline", "-o", "work", "--force");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.out().contains("is not empty and is not an earlier Muhojir output"), c.out());
        assertTrue(c.out().contains("nothing in it was touched"), c.out());
        assertEquals("a year of notes", Files.readString(dir.resolve("work/precious.txt")));
        assertEquals(List.of("precious.txt", "sub"), Program.names(dir.resolve("work")));
        assertEquals(List.of("work"), Program.names(dir), "no staging folder either");
    }

    @Test
    void forceRefusesTheWorkingFolderItselfWhenItHoldsAUsersFiles() throws Exception {
        Files.writeString(dir.resolve("precious.txt"), "a year of notes");
        Cli c = run("run", "baseline", "-o", ".", "--force");
        assertEquals(2, c.code(), c.toString());
        assertEquals(List.of("precious.txt"), Program.names(dir));
    }

    @Test
    void forceReplacesAnEarlierOutputOrAnEmptyFolder() throws Exception {
        assertEquals(0, run("run", "baseline", "-o", "out").code());
        String manifest = Files.readString(dir.resolve("out/manifest.json"));
        Cli again = run("run", "baseline", "-o", "out", "--force");
        assertEquals(0, again.code(), again.toString());
        assertNotEquals(manifest, Files.readString(dir.resolve("out/manifest.json")), "the earlier output replaced");
        Files.createDirectory(dir.resolve("empty"));
        assertEquals(0, run("run", "baseline", "-o", "empty", "--force").code());
        assertTrue(Files.exists(dir.resolve("empty/report.html")));
        assertEquals(List.of("empty", "out"), Program.names(dir), "nothing left beside them");
    }

    @Test
    void forceRefusesAnEarlierOutputThatAlsoHoldsAUsersFilesAndTouchesNothing() throws Exception {
        assertEquals(0, run("run", "baseline", "-o", "out").code());
        List<String> written = Program.names(dir.resolve("out"));
        String manifest = Files.readString(dir.resolve("out/manifest.json"));
        Files.writeString(dir.resolve("out/my-analysis.xlsx"), "a pivot table");
        Files.createDirectories(dir.resolve("out/notes"));
        Cli c = run("run", "baseline", "-o", "out", "--force");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.out().contains("is an earlier Muhojir output, but it also holds my-analysis.xlsx and notes/, "
                + "which muhojir did not write"), c.out());
        assertTrue(c.out().contains("nothing in it was touched"), c.out());
        assertEquals("a pivot table", Files.readString(dir.resolve("out/my-analysis.xlsx")));
        assertEquals(manifest, Files.readString(dir.resolve("out/manifest.json")), "the earlier output untouched");
        assertEquals(List.of("out"), Program.names(dir), "no staging folder either");
        // once the user's files are moved out, the output is muhojir's alone again and is replaced, whatever a file
        // browser left in it when the user looked
        Files.delete(dir.resolve("out/my-analysis.xlsx"));
        Files.delete(dir.resolve("out/notes"));
        assertEquals(written, Program.names(dir.resolve("out")));
        Files.writeString(dir.resolve("out/.DS_Store"), "Finder's view settings");
        assertEquals(0, run("run", "baseline", "-o", "out", "--force").code());
    }

    @Test
    void forceRefusesAnOutputWhoseMarkListsNoFiles() throws Exception {
        Path old = Files.createDirectories(dir.resolve("old"));
        Files.writeString(old.resolve(OutputFolder.MARK), "Written by muhojir at 2026-12-01T00:00:00Z; 'muhojir ... "
                + "--out THIS-FOLDER --force' may replace this folder.\n"); // the one-line mark of earlier versions
        Files.writeString(old.resolve("monthly.csv"), "month\n");
        Cli c = run("run", "baseline", "-o", "old", "--force");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.out().contains("written before muhojir listed the files it writes"), c.out());
        assertEquals(List.of(OutputFolder.MARK, "monthly.csv"), Program.names(old));
    }

    @Test
    void whatEndedRunsLeftBehindIsRemovedAndNothingElse() throws Exception {
        String ended = Long.toHexString(endedProcessId());
        String alive = Long.toHexString(ProcessHandle.current().pid());
        Path debris = staging(".out.partial-" + ended + "-1", true);
        Files.writeString(debris.resolve("monthly.csv"), "");
        Path running = staging(".out.partial-" + alive + "-2", true);
        Path notOurs = staging(".notes.partial-" + ended + "-3", false);
        Path replaced = Files.createDirectory(dir.resolve(".out.old-" + ended + "-4"));
        Files.writeString(replaced.resolve(OutputFolder.MARK), "");
        Cli c = run("run", "baseline", "-o", "out");
        assertEquals(0, c.code(), c.toString());
        assertEquals(java.util.stream.Stream.of(running.getFileName().toString(), notOurs.getFileName().toString(),
                "out").sorted().toList(), Program.names(dir), "only the debris of ended runs is gone");
    }

    @Test
    void aStagingFolderSaysItIsIncompleteUntilItIsInPlace() throws Exception {
        OutputFolder f = OutputFolder.begin(dir.resolve("x"), false);
        String note = Files.readString(f.staging().resolve(OutputFolder.INCOMPLETE));
        assertTrue(note.startsWith("This folder is an incomplete Muhojir output for x"), note);
        Files.writeString(f.staging().resolve("monthly.csv"), "month\n");
        f.commit();
        assertEquals(List.of(OutputFolder.MARK, "monthly.csv"), Program.names(dir.resolve("x")));
        assertTrue(Files.readString(dir.resolve("x").resolve(OutputFolder.MARK)).endsWith("\nfiles:\nmonthly.csv\n"),
                "the mark lists what was written");
    }

    private Path staging(String name, boolean marked) throws Exception {
        Path p = Files.createDirectory(dir.resolve(name));
        if (marked) {
            Files.writeString(p.resolve(OutputFolder.INCOMPLETE), "");
        }
        return p;
    }

    /** The id of a process that has ended (and so cannot be writing anything). */
    private static long endedProcessId() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        return p.pid();
    }
}
