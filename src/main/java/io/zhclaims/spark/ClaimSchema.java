package io.zhclaims.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The claim record as a Spark table, derived from {@code claim.schema.json} so that the Parquet
 * output has the JSON record's fields in its order and follows the schema when it changes.
 * A field that is a number or a string ({@code value}: dates are ISO strings) is kept as its
 * JSON text, which loses nothing.
 */
final class ClaimSchema {
    private ClaimSchema() {
    }

    static StructType sparkType() {
        JsonNode schema;
        try (InputStream in = ClaimSchema.class.getResourceAsStream("/claim.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("claim.schema.json is missing from the classpath");
            }
            schema = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading claim.schema.json", e);
        }
        List<StructField> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
            fields.add(DataTypes.createStructField(p.getKey(), type(p.getKey(), p.getValue()), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String field, JsonNode property) {
        if (property.has("oneOf") || property.has("enum")) {
            return DataTypes.StringType;
        }
        String type = null;
        for (JsonNode t : property.path("type").isArray() ? property.get("type") : List.of(property.path("type"))) {
            if (!t.asText().equals("null")) {
                type = t.asText();
            }
        }
        if (type == null) {
            throw new IllegalStateException("claim.schema.json: field " + field + " has no type");
        }
        return switch (type) {
            case "string" -> DataTypes.StringType;
            case "integer" -> DataTypes.LongType;
            case "number" -> DataTypes.DoubleType;
            case "boolean" -> DataTypes.BooleanType;
            case "array" -> new ArrayType(type(field, property.get("items")), true);
            default -> throw new IllegalStateException("claim.schema.json: field " + field
                    + " has type " + type + ", which the Spark table does not map");
        };
    }
}
