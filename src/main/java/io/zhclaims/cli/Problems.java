package io.zhclaims.cli;

import io.zhclaims.ArticleResult;
import io.zhclaims.Batch;
import io.zhclaims.ingest.IngestError;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.ingest.ReadResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What went wrong with the inputs, on standard error: one line per failed input ({@code file:
 * reason}), notes marked {@code note:}, and the exit code they make (0, or 1 when any input
 * failed; usage and index problems are exceptions, see {@link Main#exitCode}).
 */
final class Problems {
    private final PrintWriter err;
    private final List<String> lines = new ArrayList<>();
    private int failed;

    Problems(PrintWriter err) {
        this.err = err;
    }

    void failed(IngestError error) {
        print(error.toString());
        failed++;
    }

    void note(IngestError note) {
        print(Inputs.note(note));
    }

    private void print(String line) {
        err.println(line);
        lines.add(line);
    }

    /** Every line reported so far, in order (the index keeps them in a file). */
    List<String> lines() {
        return List.copyOf(lines);
    }

    void failed(List<IngestError> errors) {
        errors.forEach(this::failed);
    }

    void notes(List<IngestError> notes) {
        notes.forEach(this::note);
    }

    /** A read's errors, then its notes. */
    void report(ReadResult read) {
        failed(read.errors());
        notes(read.notes());
    }

    /** Runs {@code work} on each article; one that throws is one failed input ({@code doc: STAGE failed: …}). */
    void each(List<RawArticle> articles, String stage, Consumer<RawArticle> work) {
        for (RawArticle raw : articles) {
            try {
                work.accept(raw);
            } catch (RuntimeException e) {
                failed(new IngestError(raw.doc(), stage + " failed: " + e.getMessage()));
            }
        }
    }

    /** A batch sink handing each result to {@code processed} and its failures and notes to this report. */
    Batch.Sink sink(Consumer<ArticleResult> processed) {
        return new Batch.Sink() {
            @Override
            public void processed(ArticleResult result) {
                processed.accept(result);
            }

            @Override
            public void failed(IngestError error) {
                Problems.this.failed(error);
            }

            @Override
            public void noted(IngestError note) {
                note(note);
            }
        };
    }

    int exitCode() {
        return exitCode(failed);
    }

    static int exitCode(int failedInputs) {
        return failedInputs == 0 ? Main.OK : Main.INPUT_FAILED;
    }
}
