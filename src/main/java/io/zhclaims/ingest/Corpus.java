package io.zhclaims.ingest;

import java.util.List;

/**
 * The files a walk found, in a fixed order, and what it left out.
 *
 * @param files          files to read, sorted the same way on every run
 * @param skippedHidden  hidden files and folders met (a hidden folder counts once and is not entered)
 * @param skippedUnknown files met in folders whose extension is not one the reader knows
 * @param errors         arguments that do not exist and folders that could not be listed
 * @param notes          files taken under another name than their own (names that collide
 *                       once undecodable bytes are replaced), and names with such bytes
 */
public record Corpus(List<CorpusFile> files, int skippedHidden, int skippedUnknown, List<IngestError> errors,
                     List<IngestError> notes) {

    public Corpus {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public Corpus(List<CorpusFile> files, int skippedHidden, int skippedUnknown, List<IngestError> errors) {
        this(files, skippedHidden, skippedUnknown, errors, List.of());
    }
}
