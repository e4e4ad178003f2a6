package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the machine refuses is the user's to mend, not a bug: a full disk, a file that may not be written, output
 * that does not reach standard output, a name too long for the file system, a study too large for memory. Each is one
 * message, exit code 2, before anything runs where it can be known before.
 */
class MachineProblemsTest {
    @TempDir
    Path dir;

    /**
     * A run whose output folder was written before its report's path could be printed: exit 2 for what standard
     * output lost, saying the folder is whole, and the folder there.
     */
    @Test
    void anOutputFolderWrittenBeforeStandardOutputFailedIsSaidToBeWhole() {
        Path out = dir.resolve("run");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", "baseline", "--sample", "0.002", "--replications", "1",
            "--months", "2", "--out", out.toString()}, new PrintWriter(fullDisk()), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("what was redirected from it is incomplete; an output folder, if the "
                + "command wrote one (--out), is complete"), err.toString());
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("summary.json")), "written");
    }

    /** A redirection to a full disk: the writer fails, which a PrintWriter keeps to itself. */
    private static Writer fullDisk() {
        return new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void outputThatDoesNotReachStandardOutputIsAnErrorNotSuccess() {
        // a redirection to a full disk: the writer fails, which a PrintWriter keeps to itself
        Writer full = fullDisk();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"schema"}, new PrintWriter(full), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("could not write all of the output to standard output"), err.toString());
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedWhenTheSystemNamesItWithoutJavasClassNames() {
        assertEquals("could not read or write muhojir-output/run/monthly.csv: No space left on device; outputs "
                + "appear only when complete, so none was left half-written. Free space on the disk or choose another "
                + "folder (--out), then run again", Main.machineProblem(new java.nio.file.FileSystemException(
                        "muhojir-output/run/monthly.csv", null, "No space left on device")));
        assertEquals("could not read or write a file: No space left on device; outputs appear only when complete, "
                + "so none was left half-written. Free space on the disk or choose another folder (--out), then run "
                + "again", Main.machineProblem(new IOException("No space left on device")));
        assertEquals("could not read or write /x/y: permission denied; outputs appear only when complete, so none "
                + "was left half-written. Check that the folder and file may be written (permissions, a read-only or "
                + "immutable file) or choose another folder (--out), then run again",
                Main.machineProblem(new AccessDeniedException("/x/y")));
    }

    @Test
    void theAdviceForAFileThatCannotBeWrittenFollowsWhatTheSystemSaid() {
        assertTrue(Main.advice(new IOException("No space left on device")).startsWith("Free space"));
        assertTrue(Main.advice(new AccessDeniedException("/x/y")).startsWith("Check that the folder and file may be "
                + "written"));
        assertTrue(Main.advice(new IOException("/a -> /b: Operation not permitted")).startsWith("Check that the "
                + "folder and file may be written"));
        assertTrue(Main.advice(new IOException("Input/output error")).startsWith("Check the disk"));
    }

    @Test
    void aFolderNameTheFileSystemCannotHoldIsRefusedBeforeTheRun() {
        Path out = dir.resolve("y".repeat(300));
        Cli c = Cli.run("run", "baseline", "--sample", "0.002", "-r", "1", "--months", "1", "--out", out.toString());
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("the output folder's name is 300 bytes long; a folder's name may have at most 255"),
                c.toString());
        assertFalse(c.err().contains("muhojir: done"), "refused before the run");
    }

    @Test
    void aLongButLegalFolderNameIsWrittenThoughItsStagingFolderWouldNotFit() {
        // 250 bytes: legal, but ".NAME.partial-PID-ID" beside it would be more than 255
        Path out = dir.resolve("y".repeat(250));
        Cli c = Cli.run("run", "baseline", "--sample", "0.002", "-r", "1", "--months", "1", "--out", out.toString());
        assertEquals(0, c.code(), c.toString());
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    @Test
    void studiesTooLargeForMemoryAreRefusedBeforeTheyStart() {
        Cli morris = Cli.run("sensitivity", "--sample", "0.002", "-r", "1", "--months", "12", "--year", "2023",
                "--trajectories", "2000000000", "--out", dir.resolve("m").toString());
        assertEquals(2, morris.code(), morris.toString());
        assertTrue(morris.err().contains("--trajectories 2,000,000,000 with "), morris.toString());
        assertTrue(morris.err().contains("a screening may have at most 1,000,000"), morris.toString());
        Cli sobol = Cli.run("sobol", "--sample", "0.002", "-r", "1", "--months", "12", "--year", "2023",
                "--base-samples", "8", "--bootstrap", "2000000000", "--out", dir.resolve("s").toString());
        assertEquals(2, sobol.code(), sobol.toString());
        assertTrue(sobol.err().contains("--bootstrap 2,000,000,000 is more resamples than a 95% interval needs"),
                sobol.toString());
        assertFalse(Files.exists(dir.resolve("m")) || Files.exists(dir.resolve("s")));
    }
}
