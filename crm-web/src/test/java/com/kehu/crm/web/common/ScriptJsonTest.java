package com.kehu.crm.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** JSON embedded in a script block cannot end the block, and means the same. */
class ScriptJsonTest {

    @Test
    void aLabelCannotCloseTheScriptBlock() {
        String json = "{\"label\":\"</script><script>alert(1)</script>\"}";
        String safe = ScriptJson.embeddable(json);
        assertFalse(safe.contains("<"), safe);
        assertFalse(safe.contains(">"), safe);
        assertEquals("{\"label\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"}", safe);
    }

    @Test
    void ampersandsAndLineSeparatorsAreEscapedAndTheRestStays() {
        assertEquals("{\"a\":\"x\\u0026y \\u2028 \\\" 服务\"}", ScriptJson.embeddable("{\"a\":\"x&y \u2028 \\\" 服务\"}"));
        assertEquals("[1,2,{\"b\":true}]", ScriptJson.embeddable("[1,2,{\"b\":true}]"));
    }
}
