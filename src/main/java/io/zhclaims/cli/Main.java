package io.zhclaims.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code zhclaims} command: a thin shell over {@link io.zhclaims.Zhclaims}. */
@Command(name = "zhclaims", mixinStandardHelpOptions = true, version = "zhclaims 0.1.0",
        description = "Structured numeric claims from Chinese web articles.",
        subcommands = {CleanCommand.class, ConvertCommand.class, ExtractCommand.class,
                EvalCommand.class, IndexCommand.class, SearchCommand.class, ExportCommand.class,
                ServeCommand.class, BenchCommand.class, TrainOrgsCommand.class, BenchOrgsCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:usage error", "2:some inputs failed (see the error report)"})
public final class Main implements Runnable {
    /** Exit code when some inputs could not be processed; the good ones still were. */
    public static final int INPUT_FAILED = 2;
    public static final int USAGE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("zhclaims: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("zhclaims: " + ex.getMessage());
            return ex instanceof IllegalArgumentException ? USAGE : INPUT_FAILED;
        });
        return cl;
    }
}
