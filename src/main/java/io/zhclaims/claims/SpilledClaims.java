package io.zhclaims.claims;

import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Qualifier;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The claims of one article, kept on disk once there are too many to hold: a 4 MB page of
 * figures yields over a million claims, more than a 512 MB heap holds. Claims are appended
 * while the article is analysed and read back, in order, each time the list is walked, so a
 * caller that walks it (printing, indexing) holds one claim at a time. An immutable list with
 * a known size; {@link #get} reads from the start and is meant for tests only.
 *
 * <p>The file is deleted when the list is no longer reachable, and at exit.
 */
public final class SpilledClaims extends AbstractList<Claim> {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Path file;
    private final int size;

    private SpilledClaims(Path file, int size) {
        this.file = file;
        this.size = size;
        CLEANER.register(this, () -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind; deleteOnExit tries again
            }
        });
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Claim get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        Iterator<Claim> it = iterator();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return it.next();
    }

    @Override
    public Iterator<Claim> iterator() {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("claims kept on disk cannot be read: " + e.getMessage(), e);
        }
        return new Iterator<>() {
            private final Reader reader = new Reader(in);
            private int read;

            @Override
            public boolean hasNext() {
                if (read < size) {
                    return true;
                }
                close();
                return false;
            }

            @Override
            public Claim next() {
                if (read >= size) {
                    throw new NoSuchElementException();
                }
                try {
                    Claim c = reader.claim();
                    if (++read == size) {
                        close();
                    }
                    return c;
                } catch (IOException e) {
                    close();
                    throw new UncheckedIOException("claims kept on disk cannot be read: " + e.getMessage(), e);
                }
            }

            private void close() {
                try {
                    in.close();
                } catch (IOException e) {
                    // read to the end already
                }
            }
        };
    }

    /**
     * Collects an article's claims: in memory up to {@code limit}, then all of them on disk.
     * {@link #claims()} gives the list.
     */
    public static final class Collector {
        private final int limit;
        private final List<Claim> held = new ArrayList<>();
        private Path file;
        private Writer writer;
        private int size;

        public Collector(int limit) {
            this.limit = limit;
        }

        public void add(Claim claim) {
            try {
                if (writer == null && held.size() >= limit) {
                    file = Files.createTempFile("zhclaims-claims-", ".bin");
                    file.toFile().deleteOnExit();
                    writer = new Writer(new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)));
                    for (Claim c : held) {
                        writer.claim(c);
                    }
                    held.clear();
                }
                if (writer != null) {
                    writer.claim(claim);
                } else {
                    held.add(claim);
                }
                size++;
            } catch (IOException e) {
                abandon();
                throw new UncheckedIOException("claims cannot be kept on disk: " + e.getMessage(), e);
            }
        }

        /** The claims collected; the collector is done. */
        public List<Claim> claims() {
            if (writer == null) {
                return held;
            }
            try {
                writer.out.close();
            } catch (IOException e) {
                abandon();
                throw new UncheckedIOException("claims cannot be kept on disk: " + e.getMessage(), e);
            }
            writer = null;
            return new SpilledClaims(file, size);
        }

        private void abandon() {
            try {
                if (writer != null) {
                    writer.out.close();
                }
            } catch (IOException ignored) {
                // the file goes anyway
            }
            try {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException ignored) {
                // deleteOnExit tries again
            }
        }
    }

    /** Claims of one article share their article's fields and, piece by piece, their sentence: each is written once. */
    private static final int SAME = 1;
    private static final int NULL = 2;
    private static final int TEXT = 3;
    private static final int STRINGS = 9;

    private static final class Writer {
        private final DataOutputStream out;
        private final String[] last = new String[STRINGS];

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void claim(Claim c) throws IOException {
            string(0, c.id());
            string(1, c.doc());
            string(2, c.url());
            string(3, c.title());
            string(4, c.published());
            string(5, c.sentence());
            string(6, c.original());
            out.writeInt(c.offset());
            out.writeInt(c.start());
            out.writeInt(c.end());
            string(7, c.mention());
            out.writeByte(c.kind() == null ? -1 : c.kind().ordinal());
            decimal(c.value());
            decimal(c.high());
            string(8, c.date());
            plain(c.unit());
            out.writeByte(c.qualifier() == null ? -1 : c.qualifier().ordinal());
            out.writeBoolean(c.year() != null);
            if (c.year() != null) {
                out.writeInt(c.year());
            }
            list(c.orgs());
            list(c.places());
            list(c.persons());
            plain(c.subject());
            plain(c.source());
            plain(c.trend());
        }

        private void string(int field, String s) throws IOException {
            if (s != null && s.equals(last[field])) {
                out.writeByte(SAME);
                return;
            }
            last[field] = s;
            plain(s);
        }

        private void plain(String s) throws IOException {
            if (s == null) {
                out.writeByte(NULL);
                return;
            }
            out.writeByte(TEXT);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        private void decimal(BigDecimal d) throws IOException {
            plain(d == null ? null : d.toString());
        }

        private void list(List<String> items) throws IOException {
            out.writeInt(items.size());
            for (String s : items) {
                plain(s);
            }
        }
    }

    private static final class Reader {
        private static final Kind[] KINDS = Kind.values();
        private static final Qualifier[] QUALIFIERS = Qualifier.values();
        private final DataInputStream in;
        private final String[] last = new String[STRINGS];

        Reader(DataInputStream in) {
            this.in = in;
        }

        Claim claim() throws IOException {
            String id = string(0);
            String doc = string(1);
            String url = string(2);
            String title = string(3);
            String published = string(4);
            String sentence = string(5);
            String original = string(6);
            int offset = in.readInt();
            int start = in.readInt();
            int end = in.readInt();
            String mention = string(7);
            int kind = in.readByte();
            BigDecimal value = decimal();
            BigDecimal high = decimal();
            String date = string(8);
            String unit = plain();
            int qualifier = in.readByte();
            Integer year = in.readBoolean() ? in.readInt() : null;
            List<String> orgs = list();
            List<String> places = list();
            List<String> persons = list();
            String subject = plain();
            String source = plain();
            String trend = plain();
            return new Claim(id, doc, url, title, published, sentence, original, offset, start, end, mention,
                    kind < 0 ? null : KINDS[kind], value, high, date, unit,
                    qualifier < 0 ? null : QUALIFIERS[qualifier], year, orgs, places, persons, subject, source, trend);
        }

        private String string(int field) throws IOException {
            int tag = in.readByte();
            if (tag == SAME) {
                return last[field];
            }
            String s = tag == NULL ? null : text();
            last[field] = s;
            return s;
        }

        private String plain() throws IOException {
            int tag = in.readByte();
            if (tag == NULL) {
                return null;
            }
            if (tag != TEXT) {
                throw new EOFException("damaged claim file");
            }
            return text();
        }

        private String text() throws IOException {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        private BigDecimal decimal() throws IOException {
            String s = plain();
            return s == null ? null : new BigDecimal(s);
        }

        private List<String> list() throws IOException {
            int n = in.readInt();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(plain());
            }
            return out;
        }
    }
}
