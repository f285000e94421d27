package io.zhclaims.cli;

import io.zhclaims.index.IndexProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** The {@code zhclaims} command: a thin shell over {@link io.zhclaims.Zhclaims}. */
@Command(name = "zhclaims", mixinStandardHelpOptions = true, version = "zhclaims 0.1.0",
        description = "Structured numeric claims from Chinese web articles.",
        exitCodeListHeading = "%nExit codes (the same for every command):%n",
        exitCodeList = {"0:success",
                "1:some inputs failed (one line each on standard error); the good ones were still processed",
                "2:usage error: bad or missing arguments, a named file or folder that does not exist",
                "3:index problem: missing, damaged, locked or not writable (the message names the fix)"})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    /** Some inputs could not be processed; the good ones still were. */
    public static final int INPUT_FAILED = 1;
    public static final int USAGE = 2;
    /** The index (or another output) could not be opened, read or written. */
    public static final int INDEX = 3;

    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> COMMANDS = List.of(CleanCommand.class, ConvertCommand.class, ExtractCommand.class,
            EvalCommand.class, IndexCommand.class, SearchCommand.class, ExportCommand.class,
            ServeCommand.class, BenchCommand.class, TrainOrgsCommand.class, TrainClustersCommand.class, BenchOrgsCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command: the usage, and the usage error code, since nothing was asked for. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    public static void main(String[] args) {
        if (needsPipeline(args)) {
            // The dictionaries load while picocli builds the command line.
            io.zhclaims.Zhclaims.preload();
        }
        System.exit(commandLine(args).execute(args));
    }

    /**
     * The command line with only the subcommand {@code args} name: picocli reads each command's
     * annotations by reflection, from classes that cannot be kept in the class archive (they
     * are compiled for Java 5), so modelling all twelve costs a short command about 0.08 s of
     * CPU. The usage ({@code zhclaims}, {@code --help}, {@code help}) and unknown names get them all.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length > 0 && !args[0].equals("help")) {
            for (Class<?> c : COMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) {
                    return commandLine(List.of(c));
                }
            }
        }
        return commandLine();
    }

    /** The commands that load the pipeline, unless only their help or the version is asked for. */
    static boolean needsPipeline(String[] args) {
        if (args.length == 0 || !java.util.Set.of("clean", "extract", "index", "search", "export", "serve", "eval", "bench")
                .contains(args[0])) {
            return false;
        }
        return java.util.Arrays.stream(args).noneMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("-V")
                || a.equals("--version") || a.equals("help"));
    }

    public static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    private static CommandLine commandLine(List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : commands) {
            cl.addSubcommand(c);
        }
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("zhclaims: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("zhclaims: " + oneLine(ex));
            return exitCode(ex);
        });
        return cl;
    }

    /** The table above, for what a command throws. */
    static int exitCode(Throwable e) {
        if (e instanceof IllegalArgumentException) {
            return USAGE;
        }
        if (e instanceof IndexProblem || e instanceof IOException || e instanceof UncheckedIOException) {
            return INDEX;
        }
        return INPUT_FAILED;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ");
    }
}
