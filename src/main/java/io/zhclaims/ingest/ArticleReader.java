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

    /**
     * Reads one file. Never throws for bad input: a file that cannot be read or decoded is one
     * error, a bad JSON Lines line is one error and the file's other lines are still returned.
     *
     * @param doc the file's name relative to the corpus root, with {@code /} separators
     */
    public ReadResult read(Path file, String doc) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
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
        if (extension.equals("jsonl")) {
            return readJsonLines(decoded, doc);
        }
        Markup markup = declared == null ? guessMarkup(decoded.text()) : declared;
        return ReadResult.of(new RawArticle(doc, null, null, null, decoded.text(), markup, decoded.charset()));
    }

    /**
     * Reads one article from a stream, such as standard input ({@code -}): the markup is
     * guessed from the content.
     *
     * @param doc the name the article gets
     */
    public RawArticle read(InputStream in, String doc) throws IOException, IngestException {
        // The <meta> prescan is harmless on plain text, and the markup is not known before decoding.
        Decoded decoded = decoder.decode(in.readAllBytes(), Markup.HTML);
        return new RawArticle(doc, null, null, null, decoded.text(), guessMarkup(decoded.text()), decoded.charset());
    }

    static Markup guessMarkup(String text) {
        return LOOKS_LIKE_HTML.matcher(text).find() ? Markup.HTML : Markup.TEXT;
    }

    private static ReadResult readJsonLines(Decoded decoded, String doc) {
        List<RawArticle> articles = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>();
        List<String> lines = decoded.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            try {
                articles.add(jsonArticle(line, doc, number, decoded));
            } catch (IngestException e) {
                errors.add(new IngestError(doc, "line " + number + ": " + e.getMessage()));
            }
        }
        return new ReadResult(articles, errors);
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
