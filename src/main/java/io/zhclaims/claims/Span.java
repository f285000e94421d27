package io.zhclaims.claims;

/** A named entity's text and place in a sentence (UTF-16 indices, end exclusive). */
record Span(String text, int start, int end) {
}
