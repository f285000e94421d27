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
        // Claims kept on disk (a page of a million figures) stay there: the list is immutable already.
        claims = claims instanceof io.zhclaims.claims.SpilledClaims ? claims : List.copyOf(claims);
    }
}
