package io.zhclaims.spark;

import java.io.Serializable;

/**
 * One file's content on its way to an executor.
 *
 * @param doc     the name its articles get: its path relative to the input root
 * @param name    a file name whose extension tells the reader the format
 * @param content the bytes as stored
 */
record Input(String doc, String name, byte[] content) implements Serializable {
}
