package io.zhclaims;

import io.zhclaims.claims.Claim;
import io.zhclaims.normalize.CleanArticle;

import java.util.List;

/**
 * One article through the whole pipeline.
 *
 * @param hash the content hash of the article as read, which decides whether a later run has
 *             to analyse it again
 */
public record ArticleResult(String doc, String hash, CleanArticle article, List<Claim> claims) {
    public ArticleResult {
        claims = List.copyOf(claims);
    }
}
