package io.zhclaims.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a file into articles: {@code .txt} is one plain-text article, {@code .html}/{@code .htm}
 * one HTML article (the cleaner finds title and body), {@code .md}/{@code .markdown} one Markdown
 * article, {@code .jsonl} one article per line,
 * {@code {"id","url","title","published","text"|"html"}}. Other extensions (a file the user
 * named explicitly) are one article whose markup is guessed from its content. Stateless and
 * thread-safe.
 */
public final class ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Text that opens with a tag, or has the tags every scraped page has, is HTML. */
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("^\\s*<|<html|<p>", Pattern.CASE_INSENSITIVE);

    /**
     * The largest file read unless the caller says otherwise: 4 MB, far above any article. A
     * file that still needs more memory than the heap has (dense prose, tens of thousands of
     * figures) fails alone, as one error line.
     */
    public static final long DEFAULT_MAX_BYTES = 4L << 20;

    private final Decoder decoder;

    public ArticleReader() {
        this(new Decoder());
    }

    public ArticleReader(Decoder decoder) {
        this.decoder = decoder;
    }

    /** Every file of the corpus in its order; the walk's own errors come first. */
    public ReadResult readAll(Corpus corpus) {
        List<RawArticle> articles = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>(corpus.errors());
        for (CorpusFile file : corpus.files()) {
            ReadResult one = read(file);
            articles.addAll(one.articles());
            errors.addAll(one.errors());
        }
        return new ReadResult(articles, errors);
    }

    public ReadResult read(CorpusFile file) {
        return read(file.path(), file.doc());
    }

    /** Reads one file of the corpus, refusing one larger than {@code maxBytes}. */
    public ReadResult read(CorpusFile file, long maxBytes) {
        return read(file.path(), file.doc(), maxBytes);
    }

    /**
     * Reads one file. Never throws for bad input: a file that cannot be read or decoded is one
     * error, a bad JSON Lines line is one error and the file's other lines are still returned.
     *
     * @param doc the file's name relative to the corpus root, with {@code /} separators
     */
    public ReadResult read(Path file, String doc) {
        return read(file, doc, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads one file of at most {@code maxBytes}. Only regular files are read: a FIFO would
     * block the run forever and a device ({@code /dev/zero}) never ends.
     */
    public ReadResult read(Path file, String doc, long maxBytes) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return ReadResult.failed(doc, Files.exists(file)
                        ? "not a regular file (a FIFO, device, socket or folder); only regular files are read"
                        : "cannot read: no such file");
            }
            bytes = readAtMost(file, maxBytes);
            if (bytes == null) {
                return ReadResult.failed(doc, "larger than the limit of " + size(maxBytes)
                        + " (raise it with --max-file-size)");
            }
        } catch (IOException e) {
            return new ReadResult(List.of(), List.of(IngestError.io(doc, "read", e)));
        }
        return read(bytes, file.getFileName().toString(), doc);
    }

    /**
     * Reads one file's content already in memory, such as a file of a distributed file system;
     * {@code name}'s extension decides the format as a file's does.
     */
    public ReadResult read(byte[] bytes, String name, String doc) {
        String extension = CorpusWalker.extension(Path.of(name));
        Markup declared = switch (extension) {
            case "txt", "jsonl" -> Markup.TEXT;
            case "html", "htm" -> Markup.HTML;
            case "md", "markdown" -> Markup.MARKDOWN;
            default -> null;
        };
        Decoded decoded;
        try {
            decoded = decoder.decode(bytes, declared == null ? Markup.HTML : declared == Markup.MARKDOWN ? Markup.TEXT : declared);
        } catch (IngestException e) {
            return ReadResult.failed(doc, e.getMessage());
        }
        List<IngestError> notes = decoded.notes().stream().map(n -> new IngestError(doc, n)).toList();
        if (extension.equals("jsonl")) {
            ReadResult lines = readJsonLines(decoded, doc);
            List<IngestError> all = new ArrayList<>(notes);
            all.addAll(lines.notes());
            return new ReadResult(lines.articles(), lines.errors(), all);
        }
        Markup markup = declared == null ? guessMarkup(decoded.text()) : declared;
        return new ReadResult(List.of(new RawArticle(doc, null, null, null, decoded.text(), markup, decoded.charset())),
                List.of(), notes);
    }

    /** The file's bytes, or null when it holds more than {@code max} (also when it grows while read). */
    private static byte[] readAtMost(Path file, long max) throws IOException {
        if (Files.size(file) > max) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
            return in.read() >= 0 ? null : bytes;
        }
    }

    /**
     * All of a stream, or an error when it holds more than {@code max} bytes (standard input
     * fed from {@code /dev/zero} ends with this error, not with the heap exhausted).
     */
    public static byte[] readAtMost(InputStream in, long max) throws IOException, IngestException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
        if (in.read() >= 0) {
            throw new IngestException("larger than the limit of " + size(max));
        }
        return bytes;
    }

    /** A file named on the command line, read as {@link #read(Path, String, long)} reads one: regular files only, capped. */
    public static byte[] readFile(Path file, long max) throws IOException, IngestException {
        if (!Files.isRegularFile(file)) {
            throw new IngestException(Files.exists(file) ? "not a regular file (a FIFO, device, socket or folder)" : "no such file");
        }
        byte[] bytes = readAtMost(file, max);
        if (bytes == null) {
            throw new IngestException("larger than the limit of " + size(max) + " (raise it with --max-file-size)");
        }
        return bytes;
    }

    static String size(long bytes) {
        return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MB" : bytes + " bytes";
    }

    /**
     * Reads one article from a stream, such as standard input ({@code -}): the markup is
     * guessed from the content.
     *
     * @param doc the name the article gets
     */
    public RawArticle read(InputStream in, String doc) throws IOException, IngestException {
        // The <meta> prescan is harmless on plain text, and the markup is not known before decoding.
        Decoded decoded = decoder.decode(readAtMost(in, DEFAULT_MAX_BYTES), Markup.HTML);
        return new RawArticle(doc, null, null, null, decoded.text(), guessMarkup(decoded.text()), decoded.charset());
    }

    static Markup guessMarkup(String text) {
        return LOOKS_LIKE_HTML.matcher(text).find() ? Markup.HTML : Markup.TEXT;
    }

    private static ReadResult readJsonLines(Decoded decoded, String doc) {
        List<RawArticle> articles = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>();
        List<IngestError> notes = new ArrayList<>();
        java.util.Map<String, Integer> names = new java.util.HashMap<>();
        List<String> lines = decoded.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            try {
                RawArticle a = jsonArticle(line, doc, number, decoded);
                Integer first = names.putIfAbsent(a.doc(), number);
                if (first != null) {
                    // Two records with one id are two articles: neither may silently replace the other.
                    String unique = a.doc() + "@" + number;
                    notes.add(new IngestError(doc, "line " + number + ": id already used on line " + first
                            + "; this article is kept as " + unique));
                    a = new RawArticle(unique, a.url(), a.title(), a.published(), a.body(), a.markup(), a.charset());
                    names.put(unique, number);
                }
                articles.add(a);
            } catch (IngestException e) {
                errors.add(new IngestError(doc, "line " + number + ": " + e.getMessage()));
            }
        }
        return new ReadResult(articles, errors, notes);
    }

    private static RawArticle jsonArticle(String line, String doc, int number, Decoded decoded) throws IngestException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IngestException("invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (!node.isObject()) {
            throw new IngestException("not a JSON object");
        }
        String text = string(node, "text");
        String html = string(node, "html");
        // Both present: the scraper's extracted text is taken, it is what the page was reduced to on purpose.
        String body = text != null ? text : html;
        if (body == null) {
            throw new IngestException("has neither a \"text\" nor an \"html\" string");
        }
        if (body.isBlank()) {
            throw new IngestException("\"" + (text != null ? "text" : "html") + "\" is empty");
        }
        JsonNode idNode = node.get("id");
        // Ids are often numbers; they name the article as written.
        String id = idNode != null && idNode.isValueNode() && !idNode.isNull() ? idNode.asText() : null;
        String name = doc + "#" + (id == null || id.isBlank() ? String.valueOf(number) : id);
        return new RawArticle(name, string(node, "url"), string(node, "title"), string(node, "published"),
                body, text != null ? Markup.TEXT : Markup.HTML, decoded.charset());
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
