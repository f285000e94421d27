package io.zhclaims.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of the JVM's own threads, which no Java API reports: the JIT compilers and the
 * garbage collector. On a 2-core machine they decide whether a second worker thread can help,
 * since while they run they hold the core it would use. Read from Linux's per-thread accounting
 * ({@code /proc/self/task/<tid>/stat}, named by {@code comm}); elsewhere both are 0.
 */
final class JvmThreads {
    /** Clock ticks per second of {@code /proc} times: 100 on every Linux this runs on. */
    private static final long TICK_NANOS = 10_000_000L;

    private JvmThreads() {
    }

    /** {JIT compiler threads, GC and VM threads} CPU nanoseconds so far. */
    static long[] cpu() {
        long[] out = new long[2];
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
            for (Path t : dir) {
                String name;
                String stat;
                try {
                    name = Files.readString(t.resolve("comm")).strip();
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                int kind = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? 0
                        : name.startsWith("GC Thread") || name.equals("VM Thread") ? 1 : -1;
                if (kind >= 0) {
                    out[kind] += ticks(stat) * TICK_NANOS;
                }
            }
        } catch (IOException e) {
            return new long[2];
        }
        return out;
    }

    /** utime + stime: fields 14 and 15, counted after the command name, which may hold spaces. */
    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
