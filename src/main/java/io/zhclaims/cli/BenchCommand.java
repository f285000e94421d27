package io.zhclaims.cli;

import io.zhclaims.bench.RobustBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Speed measurements that need no corpus.",
        subcommands = BenchCommand.Robust.class)
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a benchmark: robust");
    }

    @Command(name = "robust", mixinStandardHelpOptions = true,
            description = "Hostile inputs through clean and extract, one at a time: 1 MB of figures and units on one line, 1 MB of '?', 10 MB of GBK mojibake. Prints chars/s for each (wall clock and CPU time).")
    static final class Robust implements Callable<Integer> {
        @Option(names = "--scale", paramLabel = "S", description = "multiplies every input's size (default: ${DEFAULT-VALUE})")
        double scale = 1.0;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!(scale > 0 && scale <= 10)) {
                throw new IllegalArgumentException("--scale must be above 0 and at most 10");
            }
            PrintWriter out = spec.commandLine().getOut();
            var zhclaims = Inputs.pipeline();
            String xmx = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-Xmx")).reduce((a, b) -> b).orElse("default heap");
            out.println(xmx + " (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB usable), one thread");
            RobustBench.warmUp(zhclaims);
            for (RobustBench.Input input : RobustBench.inputs(scale)) {
                out.println(RobustBench.run(zhclaims, input).line());
                out.flush();
            }
            return 0;
        }
    }
}
