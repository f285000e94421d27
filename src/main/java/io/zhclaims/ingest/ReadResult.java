package io.zhclaims.ingest;

import java.util.List;

/**
 * What reading one file (or a whole corpus) gave: the articles that could be read and, apart,
 * what could not. A bad line in a JSON Lines file costs that line only. Notes tell of what was
 * read but changed on the way (NUL bytes removed, a duplicate id renamed): nothing failed, but
 * nothing is changed in silence either.
 */
public record ReadResult(List<RawArticle> articles, List<IngestError> errors, List<IngestError> notes) {

    public ReadResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public ReadResult(List<RawArticle> articles, List<IngestError> errors) {
        this(articles, errors, List.of());
    }

    public static ReadResult of(RawArticle article) {
        return new ReadResult(List.of(article), List.of());
    }

    public static ReadResult failed(String file, String reason) {
        return new ReadResult(List.of(), List.of(new IngestError(file, reason)));
    }
}
