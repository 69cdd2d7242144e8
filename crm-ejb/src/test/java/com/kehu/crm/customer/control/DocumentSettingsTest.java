package com.kehu.crm.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.customer.dto.DocumentLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSettingsTest {

    @Test
    void sizesInBytesOrWithAUnit() {
        assertEquals(10L * 1024 * 1024, DocumentSettings.parseSize("10m"));
        assertEquals(512L * 1024, DocumentSettings.parseSize(" 512K "));
        assertEquals(1000L, DocumentSettings.parseSize("1000"));
        assertEquals(2L * 1024 * 1024 * 1024, DocumentSettings.parseSize("2g"));
    }

    @Test
    void typesAreExtensionsInLowerCase() {
        assertEquals(List.of("pdf", "docx", "png"), DocumentSettings.parseTypes("PDF, .docx,,png "));
        DocumentLimits limits = new DocumentLimits(10, List.of("pdf", "txt"));
        assertTrue(limits.allows("合同.PDF"));
        assertTrue(limits.allows("a.b.txt"));
        assertFalse(limits.allows("tool.exe"));
        assertFalse(limits.allows("pdf"));
        assertFalse(limits.allows("archive.pdf.exe"));
    }
}
