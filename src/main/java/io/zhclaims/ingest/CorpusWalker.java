package io.zhclaims.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the article files under the paths the user gave. Folders are walked recursively in
 * name order, so that document order (and everything numbered after it) is the same on every
 * machine. Hidden entries and files the reader cannot read are skipped and counted. A file
 * named explicitly is always taken: the user asked for it. Stateless and thread-safe.
 */
public final class CorpusWalker {

    private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "jsonl", "md", "markdown");

    public Corpus walk(List<Path> inputs) {
        Walk walk = new Walk();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk.folder(input, input);
            } else if (Files.exists(input)) {
                // A named FIFO or device is listed too: the reader refuses it with its reason.
                Path parent = input.toAbsolutePath().getParent();
                walk.add(input, parent);
            } else {
                walk.errors.add(new IngestError(input.toString(), "no such file or folder"));
            }
        }
        return new Corpus(walk.files, walk.hidden, walk.unknown, walk.errors, walk.notes);
    }

    /** Whether the reader knows the file's format, from its extension (any case). */
    public static boolean isSupported(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static final class Walk {
        final List<CorpusFile> files = new ArrayList<>();
        final List<IngestError> errors = new ArrayList<>();
        final List<IngestError> notes = new ArrayList<>();
        final Set<String> docs = new HashSet<>();
        /** Real paths already taken: a folder given twice, or a link back up the tree, is read once. */
        final Set<Path> seen = new HashSet<>();
        int hidden;
        int unknown;

        void folder(Path folder, Path root) {
            if (!seen.add(realPath(folder))) {
                return;
            }
            List<Path> entries;
            try (Stream<Path> list = Files.list(folder)) {
                entries = list.sorted().toList();
            } catch (IOException e) {
                errors.add(IngestError.io(folder.toString(), "list folder", e));
                return;
            }
            for (Path entry : entries) {
                if (entry.getFileName().toString().startsWith(".")) {
                    hidden++;
                } else if (Files.isDirectory(entry)) {
                    folder(entry, root);
                } else if (!isSupported(entry)) {
                    unknown++;
                } else {
                    add(entry, root);
                }
            }
        }

        void add(Path file, Path root) {
            if (!seen.add(realPath(file))) {
                return;
            }
            String doc = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                    .toString().replace(file.getFileSystem().getSeparator(), "/");
            String name = doc;
            // Names that differ only in bytes the system cannot decode look the same here: each
            // file still gets a key of its own, never another file's.
            for (int n = 2; docs.contains(name); n++) {
                name = doc + "~" + n;
            }
            docs.add(name);
            if (!name.equals(doc)) {
                notes.add(new IngestError(doc, "another file has the same name as shown here; this one is indexed as " + name));
            } else if (isOdd(doc)) {
                notes.add(new IngestError(doc, "the file name has bytes or characters that cannot be shown; it is indexed under this name"));
            }
            files.add(new CorpusFile(file, name));
        }

        private static boolean isOdd(String name) {
            return name.chars().anyMatch(c -> c == '\uFFFD' || Character.isISOControl(c));
        }

        private static Path realPath(Path p) {
            try {
                return p.toRealPath();
            } catch (IOException e) {
                return p.toAbsolutePath().normalize();
            }
        }
    }
}
