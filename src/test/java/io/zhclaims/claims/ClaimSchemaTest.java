package io.zhclaims.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.zhclaims.Zhclaims;
import io.zhclaims.eval.Evaluation;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimSchemaTest {
    static JsonSchema schema() throws Exception {
        try (InputStream in = ClaimSchemaTest.class.getResourceAsStream("/claim.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void everyClaimOfTheSeedsAndTestArticlesValidatesAgainstTheSchema() throws Exception {
        JsonSchema schema = schema();
        int checked = 0;
        for (Path corpus : List.of(Path.of("seeds"), Path.of("src/test/resources/articles"))) {
            for (Claim c : new Evaluation(Zhclaims.get(), 2).run(null, corpus).claims()) {
                JsonNode node = ClaimJson.toNode(c);
                Set<ValidationMessage> errors = schema.validate(node);
                assertTrue(errors.isEmpty(), node + " → " + errors);
                assertEquals(c, ClaimJson.fromJson(ClaimJson.toJson(c)), "JSON round trip");
                checked++;
            }
        }
        assertTrue(checked > 140, "checked " + checked);
    }

    @Test
    void schemaRejectsARecordWithoutKind() throws Exception {
        JsonNode node = ClaimJson.toNode(Zhclaims.get().extract("t.txt", "截至2019年,有100名是在美国工作的华裔研究人员。").get(0));
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("kind");
        assertFalse(schema().validate(node).isEmpty());
    }
}
