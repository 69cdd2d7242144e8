package com.kehu.crm.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTypesTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileOfItsTypeIsAccepted() {
        assertTrue(DocumentTypes.matches("合同.pdf", bytes("%PDF-1.7\n...")));
        assertTrue(DocumentTypes.matches("scan.PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertTrue(DocumentTypes.matches("photo.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertTrue(DocumentTypes.matches("offer.docx", new byte[] {'P', 'K', 3, 4, 20}));
        assertTrue(DocumentTypes.matches("notes.txt", bytes("购销合同\n甲方：北京")));
    }

    @Test
    void anExecutableOrAPageUnderAnotherNameIsRefused() {
        assertFalse(DocumentTypes.matches("contract.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0}));
        assertFalse(DocumentTypes.matches("logo.png", bytes("<html><script>alert(1)</script></html>")));
        assertFalse(DocumentTypes.matches("readme.txt", bytes("  <!DOCTYPE html><html>")));
        assertFalse(DocumentTypes.matches("readme.txt", bytes("<svg onload=alert(1)>")));
        assertFalse(DocumentTypes.matches("data.txt", new byte[] {'a', 0, 'b'}));
        assertFalse(DocumentTypes.matches("tool.zip", new byte[] {0x7F, 'E', 'L', 'F'}));
    }

    @Test
    void theStoredTypeComesFromTheExtension() {
        assertEquals("image/png", DocumentTypes.contentType("a.png"));
        assertEquals("application/pdf", DocumentTypes.contentType("a.PDF"));
        assertEquals("application/octet-stream", DocumentTypes.contentType("a.zip"));
    }
}
