package io.zhclaims.spark;

import java.io.Serializable;

/** What a partition hands back: an article it analysed, a claim record, or an error line. */
record Line(Type type, String text) implements Serializable {
    enum Type {
        /** {@code text} is the article's doc. */
        ARTICLE,
        /** {@code text} is the claim record's JSON, exactly as {@code extract} prints it. */
        CLAIM,
        /** {@code text} is a {@code file: reason} line. */
        ERROR
    }

    boolean is(Type t) {
        return type == t;
    }
}
