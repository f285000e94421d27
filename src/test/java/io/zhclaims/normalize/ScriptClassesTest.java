package io.zhclaims.normalize;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptClassesTest {
    @Test
    void shippedClassesAreThoseTheTablesGive() {
        long[][] shipped = ScriptClasses.load();
        long[][] computed = ScriptConverter.computeClasses();
        for (int k = 0; k < computed.length; k++) {
            assertEquals(BitSet.valueOf(computed[k]), BitSet.valueOf(shipped[k]), "class " + k);
        }
        assertTrue(BitSet.valueOf(shipped[0]).get('這'), "這 is traditional only");
        assertTrue(BitSet.valueOf(shipped[2]).get('这'), "这 is simplified only");
    }
}
