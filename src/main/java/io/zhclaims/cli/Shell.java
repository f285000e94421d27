package io.zhclaims.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every command shares: standard output, the {@link Problems} report on standard error,
 * and the exit code. A command implements {@link #run} over the facade and returns its code.
 */
abstract class Shell implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try {
            return run(out, new Problems(spec.commandLine().getErr()));
        } finally {
            out.flush();
        }
    }

    /** Standard error, for what is neither a result nor a problem (progress). */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    abstract int run(PrintWriter out, Problems problems) throws Exception;
}
