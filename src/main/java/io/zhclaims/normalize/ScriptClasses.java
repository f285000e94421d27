package io.zhclaims.normalize;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The script converter's character classes (strong traditional, weak traditional, simplified
 * only) in binary form. Working them out asks OpenCC4j about 27,000 characters, which loads its
 * dictionaries: about 0.17 s of CPU on every start. The build does it once instead ({@link #main},
 * run by Maven after compiling, in {@code pom.xml}) and writes the result into the classes, so it
 * is always made from the tables and overrides of the same build and never committed.
 */
public final class ScriptClasses {
    static final String RESOURCE = "normalize/script-classes.bin";
    private static final int MAGIC = 0x5a534331; // "ZSC1"
    private static final int CLASSES = 3;

    private ScriptClasses() {
    }

    /** Writes the classes worked out from the tables on the classpath to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            write(ScriptConverter.computeClasses(), o);
        }
    }

    static void write(long[][] classes, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out));
        d.writeInt(MAGIC);
        for (long[] words : classes) {
            d.writeInt(words.length);
            for (long w : words) {
                d.writeLong(w);
            }
        }
        d.flush();
    }

    /** The classes the build wrote, as {@link ScriptConverter#computeClasses()} returns them. */
    static long[][] load() {
        InputStream in = ScriptClasses.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " missing from the classpath: the build makes it after"
                    + " compiling (mvn process-classes)");
        }
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(in))) {
            if (d.readInt() != MAGIC) {
                throw new IllegalStateException(RESOURCE + ": not a character class table");
            }
            long[][] classes = new long[CLASSES][];
            for (int k = 0; k < CLASSES; k++) {
                long[] words = new long[d.readInt()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = d.readLong();
                }
                classes[k] = words;
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
