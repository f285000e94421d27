package io.zhclaims.ingest;

/**
 * Input that cannot be read as an article. The message is a single line the batch can print
 * next to the file name.
 */
public class IngestException extends Exception {

    public IngestException(String reason) {
        super(reason);
    }
}
