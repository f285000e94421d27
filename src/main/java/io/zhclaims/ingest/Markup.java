package io.zhclaims.ingest;

/** How an article's body is written down, which decides how the cleaner reads it. */
public enum Markup {
    TEXT,
    HTML,
    /** CommonMark, as notes and transcripts are kept ({@code .md}); read as the HTML it renders to. */
    MARKDOWN
}
