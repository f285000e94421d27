package io.zhclaims.ingest;

import java.util.List;

/**
 * The files a walk found, in a fixed order, and what it left out.
 *
 * @param files          files to read, sorted the same way on every run
 * @param skippedHidden  hidden files and folders met (a hidden folder counts once and is not entered)
 * @param skippedUnknown files met in folders whose extension is not one the reader knows
 * @param errors         arguments that do not exist and folders that could not be listed
 */
public record Corpus(List<CorpusFile> files, int skippedHidden, int skippedUnknown, List<IngestError> errors) {

    public Corpus {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
    }
}
