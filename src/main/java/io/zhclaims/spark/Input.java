package io.zhclaims.spark;

import java.io.Serializable;

/**
 * An article file, or a table row, on its way to an executor.
 *
 * @param doc     the name its articles get: a file's path relative to the folder it was found
 *                under, or a table's name
 * @param name    a file name whose extension tells the reader the format
 * @param path    the file's Hadoop path, read on the executor; null when {@code content} is given
 * @param content the bytes, for a table row
 */
record Input(String doc, String name, String path, byte[] content) implements Serializable {
    static Input file(String path, String doc) {
        return new Input(doc, doc.substring(doc.lastIndexOf('/') + 1), path, null);
    }

    static Input row(String table, byte[] json) {
        return new Input(table, "row.jsonl", null, json);
    }
}
