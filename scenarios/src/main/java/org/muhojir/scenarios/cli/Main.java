package org.muhojir.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import org.muhojir.scenarios.ensemble.EnsembleEngine;
import org.muhojir.scenarios.run.OutputTarget;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine;

/**
 * Starts the {@code muhojir} command; exits 0 on success, 2 on a problem the user can mend (a mistake, a file, the
 * output folder, the machine: a full disk, too little memory), 1 on an internal error, 3 when {@code check-responses}
 * finds an expectation failed.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        FailureKept stdout = new FailureKept(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        exit(execute(args, terminal(stdout), terminal(new java.io.FileOutputStream(java.io.FileDescriptor.err)),
                stdout::readerLeft));
    }

    /**
     * Standard output or error, written straight to the file descriptor (not through {@code System.out}, which keeps
     * a failed write to itself, so that a full disk under a redirection is seen), in the platform's encoding, with
     * control characters from users' files shown, not obeyed.
     */
    private static PrintWriter terminal(java.io.OutputStream stream) {
        return new PrintWriter(new ControlEscaping(new java.io.OutputStreamWriter(stream,
                java.nio.charset.Charset.defaultCharset())), true);
    }

    /** A stream that keeps its last failure, to tell a reader that left ({@code | head}) from a full disk. */
    private static final class FailureKept extends java.io.FilterOutputStream {
        private java.io.IOException failure;

        FailureKept(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            try {
                out.write(b, off, len);
            } catch (java.io.IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(int b) throws java.io.IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        /** Whether writing failed because the reading end of a pipe was closed (a reader that took what it wanted). */
        boolean readerLeft() {
            return failure != null && String.valueOf(failure.getMessage()).contains("Broken pipe");
        }
    }

    /**
     * Ends the JVM with {@code code}, or, if a signal stopped the command, with 128 plus the signal's number (130
     * after Ctrl-C, 143 after SIGTERM), which the JVM sets itself.
     */
    public static void exit(int code) {
        if (aSignalIsEndingTheJvm()) {
            awaitTheSignalsExit();
        }
        System.exit(code);
    }

    /**
     * Whether a signal (Ctrl-C, SIGTERM) has started the JVM's shutdown: the JVM then exits with 128 plus the
     * signal's number once its hooks end. Calling {@code System.exit} as well would race it: an exit with a non-zero
     * code called after the hooks end halts at once with its own code (130 where 143 was due).
     */
    private static boolean aSignalIsEndingTheJvm() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }

    /** Leaves the exit to the signal's shutdown, which halts the JVM with the signal's code. */
    private static void awaitTheSignalsExit() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // keep waiting: the JVM halts this thread with the rest
            }
        }
    }

    /** Runs the command with the given streams and returns its exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, () -> false);
    }

    /**
     * As {@link #execute(String[], PrintWriter, PrintWriter)}, where output that did not all reach standard output
     * is no error when {@code readerLeft} says the reader closed the pipe ({@code muhojir list | head}).
     */
    private static int execute(String[] args, PrintWriter out, PrintWriter err,
                               java.util.function.BooleanSupplier readerLeft) {
        int code;
        try {
            code = commandLine(args, out, err, null).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: " + NOT_ENOUGH_MEMORY);
            err.flush();
            return MuhojirCommand.USER_ERROR;
        }
        return code == 0 ? checkedOutput(out, err, readerLeft) : code;
    }

    /**
     * Exit code 0 if what the command printed reached standard output or a reader that closed the pipe, else (a full
     * disk: a {@link PrintWriter} keeps the error to itself) a message and 2: a file redirected there is not complete.
     */
    private static int checkedOutput(PrintWriter out, PrintWriter err, java.util.function.BooleanSupplier readerLeft) {
        if (!out.checkError() || readerLeft.getAsBoolean()) {
            return 0; // written, or read as far as the reader wanted
        }
        err.println("error: could not write all of the output to standard output (a full disk?): what was "
                + "redirected from it is incomplete; an output folder, if the command wrote one (--out), is complete, "
                + "as it is moved into place only once whole");
        err.flush();
        return MuhojirCommand.USER_ERROR;
    }

    /** What a run that filled the Java heap is told. */
    static final String NOT_ENOUGH_MEMORY = String.format(java.util.Locale.ROOT, "not enough memory: the Java heap "
            + "(at most %,d MB here) filled up. Use a smaller --sample, fewer --replications or --threads, or give Java "
            + "more memory, e.g. MUHOJIR_JAVA_OPTS=-Xmx8g", Runtime.getRuntime().maxMemory() / (1024 * 1024));

    /**
     * The {@code muhojir} command line, ready to execute {@code args}: with {@code engines}, the commands that run
     * ensembles ({@code run}, {@code compare}, {@code sobol}, {@code uncertainty}) run them on the engines it opens
     * (the cluster module's Spark); with null, in core's pool on this machine.
     */
    public static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err,
                                          EnsembleEngine.Factory engines) {
        CommandLine cl = new CommandLine(new MuhojirCommand(args), new Engines(engines));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(Main::commandLineMistake);
        cl.setUsageHelpAutoWidth(true);
        HangingIndentHelp.install(cl);
        shareTheVersion(cl);
        return cl;
    }

    /**
     * Gives every command the program's version provider, so that {@code -V}, which each command's help lists,
     * prints the version there too ({@code muhojir run --version}), not nothing: picocli does not pass a version
     * provider down to subcommands.
     */
    private static void shareTheVersion(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(cl.getCommandSpec().versionProvider());
        }
    }

    /** Makes the commands, giving those that take one (a constructor with an engine factory) the engines. */
    private record Engines(EnsembleEngine.Factory engines) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (engines != null) {
                try {
                    var withEngines = type.getDeclaredConstructor(EnsembleEngine.Factory.class);
                    withEngines.setAccessible(true);
                    return withEngines.newInstance(engines);
                } catch (NoSuchMethodException e) {
                    // a command that runs no ensemble
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /**
     * picocli's words for a value of the wrong kind, in the reader's: "'x' is not a long" is "'x' is not a whole
     * number", "'99999999999' is not an int" "'99999999999' is too large a whole number" (a negative one "too far below
     * zero"), "is not a double" "is not a number (such as 0.05)".
     */
    static String plain(String message) {
        return message.replaceAll("'(\\d+)' is not an? (long|int|short|byte)\\b", "'$1' is too large a whole number")
                .replaceAll("'(-\\d+)' is not an? (long|int|short|byte)\\b", "'$1' is too far below zero")
                .replaceAll("' is not an? (long|int|short|byte)\\b", "' is not a whole number")
                .replaceAll("' is not a (double|float)\\b", "' is not a number (such as 0.05)");
    }

    /**
     * A mistake in the command line itself (an unknown option, a value of the wrong kind): one line saying what, the
     * closest options or commands if any, and where the help is, not the whole help.
     */
    private static int commandLineMistake(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String unknown = unknownOptions(e);
        err.println("error: " + (unknown != null ? unknown : plain(e.getMessage().replaceFirst("^Error: ", ""))));
        // (picocli starts some messages with "Error: ")
        String hint = scenarioTakenAsAFile(e, args);
        if (hint != null) {
            err.println(hint);
        }
        String others = moreScenariosThanOne(e);
        if (others != null) {
            err.println(others);
        }
        String command = unknownCommand(e, args);
        if (command != null) {
            err.println("('" + command + "' is not a command." + org.muhojir.scenarios.load.Suggest.didYouMean(command,
                    cl.getSubcommands().keySet()) + " Commands: " + String.join(", ", cl.getSubcommands().keySet())
                    + ")");
        }
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("(" + cl.getCommandSpec().qualifiedName() + " --help lists the options)");
        err.flush();
        return MuhojirCommand.USER_ERROR;
    }

    /**
     * A file that could not be read or written, as the user is told: the file if the exception names it, what the
     * system said, that nothing was left half-written, and what to do.
     */
    static String machineProblem(java.io.IOException io) {
        return "could not read or write " + whatAndWhy(io) + "; outputs appear only when complete, so none was "
                + "left half-written. " + advice(io) + ", then run again";
    }

    /** "FILE: REASON" if the exception names the file, else "a file: REASON", in the system's words. */
    private static String whatAndWhy(java.io.IOException io) {
        if (io instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return f.getFile() + (f.getOtherFile() != null ? " (to " + f.getOtherFile() + ")" : "") + ": "
                    + OutputTarget.reason(f);
        }
        return "a file: " + (io.getMessage() != null ? io.getMessage() : "an input or output error");
    }

    /** What to do about a file that could not be read or written, from what the system said. */
    static String advice(java.io.IOException io) {
        String said = String.valueOf(io.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (said.contains("no space") || said.contains("quota")) {
            return "Free space on the disk or choose another folder (--out)";
        }
        if (io instanceof java.nio.file.AccessDeniedException || said.contains("not permitted")
                || said.contains("permission") || said.contains("read-only")) {
            return "Check that the folder and file may be written (permissions, a read-only or immutable file) or "
                    + "choose another folder (--out)";
        }
        return "Check the disk and the folder, or choose another folder (--out)";
    }

    /** Whether {@code e} or one of its causes is the Java heap filling up. */
    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The first word, if it was taken for no command of {@code muhojir} ({@code muhojir rnu}), or null. */
    private static String unknownCommand(CommandLine.ParameterException e, String[] args) {
        boolean top = e.getCommandLine().getParent() == null && !e.getCommandLine().getSubcommands().isEmpty();
        return top && e instanceof CommandLine.UnmatchedArgumentException && args.length > 0
                && !args[0].startsWith("-") && !e.getCommandLine().getSubcommands().containsKey(args[0]) ? args[0] : null;
    }

    /**
     * picocli's "Unknown options: '--sampel', '0.005'" said as what it is: one unknown option and the word after it
     * ("Unknown option: '--sampel' (and '0.005' after it)"), or null if the mistake is not an unknown option.
     */
    private static String unknownOptions(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException u) || !u.isUnknownOption()) {
            return null;
        }
        List<String> options = u.getUnmatched().stream().filter(a -> a.startsWith("-")).toList();
        List<String> others = u.getUnmatched().stream().filter(a -> !a.startsWith("-")).toList();
        if (options.isEmpty()) {
            return null;
        }
        return "Unknown option" + (options.size() == 1 ? ": " : "s: ") + quoted(options)
                + (others.isEmpty() ? "" : " (and " + quoted(others) + " after " + (options.size() == 1 ? "it" : "them")
                + ")");
    }

    private static String quoted(List<String> words) {
        return String.join(", ", words.stream().map(w -> "'" + w + "'").toList());
    }

    /**
     * What to do when {@code run} (which takes one scenario) was given more ({@code run baseline cheaper-transfers}):
     * compare them, or null if that was not the mistake.
     */
    private static String moreScenariosThanOne(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException u)
                || !e.getCommandLine().getCommandName().equals("run")
                || u.getUnmatched().stream().anyMatch(a -> a.startsWith("-"))) {
            return null;
        }
        List<String> scenarios = new java.util.ArrayList<>(e.getCommandLine().getParseResult().matchedPositionals()
                .stream().flatMap(p -> p.stringValues().stream()).toList());
        scenarios.addAll(u.getUnmatched());
        return "(run takes one scenario; to set scenarios side by side, compare them: muhojir compare "
                + String.join(" ", scenarios) + ", with the same options)";
    }

    /** The options whose file is optional ({@code --posterior} alone: the bundled one), so they take the next word. */
    private static final List<String> OPTIONAL_FILE_OPTIONS = List.of("--parameter-draws", "--posterior");

    /**
     * What to do when an option whose file is optional took the scenario as its file ({@code run --parameter-draws
     * baseline}, {@code uncertainty --posterior baseline}) and the scenario is then missing, or null.
     */
    private static String scenarioTakenAsAFile(CommandLine.ParameterException e, String[] args) {
        if (!(e instanceof CommandLine.MissingParameterException)) {
            return null;
        }
        for (int i = 0; i + 1 < args.length; i++) {
            if (OPTIONAL_FILE_OPTIONS.contains(args[i]) && !args[i + 1].startsWith("-")) {
                return "(" + args[i] + " took '" + args[i + 1] + "' as its file: name the scenario before "
                        + args[i] + ", or write " + args[i] + "=FILE)";
            }
        }
        return null;
    }

    /** Turns exceptions into a message and an exit code, without a stack trace for the user's mistakes. */
    private static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
            PrintWriter err = cl.getErr();
            if (e instanceof UserError) {
                err.println("error: " + e.getMessage());
                return MuhojirCommand.USER_ERROR;
            }
            if (e instanceof org.muhojir.scenarios.load.ScenarioFileException f) {
                err.println("error: " + f.report());
                return MuhojirCommand.USER_ERROR;
            }
            if (e instanceof java.io.IOException io) {
                // the machine's, not the program's: a full disk, a file removed or locked while the run wrote
                err.println("error: " + machineProblem(io));
                return MuhojirCommand.USER_ERROR;
            }
            if (outOfMemory(e)) {
                err.println("error: " + NOT_ENOUGH_MEMORY);
                return MuhojirCommand.USER_ERROR;
            }
            err.println("internal error: " + e);
            if (Boolean.getBoolean("muhojir.debug")) {
                e.printStackTrace(err);
            } else {
                err.println("(this is a bug in muhojir; run with MUHOJIR_JAVA_OPTS=-Dmuhojir.debug=true for details)");
            }
            return 1;
        }
    }
}
