package com.kehu.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The encodings of the files office users save: read right, or refused, never garbled. */
class TextEncodingTest {

    private static final String TEXT = "externalId,name,unit,price\nP1,千兆交换机,台,1650.00\nP2,光纤跳线,根,18.50\n";

    @Test
    void excelOnAChineseWindowsSavesGbkWhichIsReadAsGb18030() throws IOException {
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
        assertEquals(Optional.of(TextEncoding.GB18030), detect(gbk));
        assertEquals(TEXT, read(gbk));
    }

    @Test
    void utf8WithAndWithoutTheByteOrderMark() throws IOException {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(plain);
        assertEquals(Optional.of(StandardCharsets.UTF_8), detect(plain));
        assertEquals(Optional.of(StandardCharsets.UTF_8), detect(bom.toByteArray()));
        assertEquals(TEXT, read(plain));
        assertEquals(TEXT, read(bom.toByteArray()), "the mark is not part of the first header");
    }

    @Test
    void utf16AndBinaryFilesHaveNoEncodingHere() throws IOException {
        assertEquals(Optional.empty(), detect(TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(Optional.empty(), detect(new byte[] {'P', 'K', 3, 4, 0, 0, 8, 0}), "a zip (xlsx) as CSV");
        assertEquals(Optional.empty(), detect(new byte[] {'a', (byte) 0x80, 'b', (byte) 0xFF}), "neither encoding");
    }

    @Test
    void aSampleCutInsideACharacterStillCountsAsUtf8() throws IOException {
        StringBuilder long1 = new StringBuilder();
        while (long1.length() * 3 < TextEncoding.SAMPLE + 10) {
            long1.append("光纤跳线,");
        }
        byte[] bytes = ("x" + long1).getBytes(StandardCharsets.UTF_8); // the sample ends inside a character
        assertEquals(Optional.of(StandardCharsets.UTF_8), detect(bytes));
    }

    @Test
    void aFileThatChangesItsEncodingAfterTheSampleFailsWhereItChanges() throws IOException {
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        while (mixed.size() < TextEncoding.SAMPLE + 100) {
            mixed.write("P1,千兆交换机,台,1650.00\n".getBytes(StandardCharsets.UTF_8));
        }
        mixed.write("P2,光纤跳线,根,18.50\n".getBytes(Charset.forName("GBK")));
        byte[] bytes = mixed.toByteArray();
        assertEquals(Optional.of(StandardCharsets.UTF_8), detect(bytes));
        assertThrows(CharacterCodingException.class, () -> read(bytes));
    }

    private static Optional<Charset> detect(byte[] bytes) throws IOException {
        return TextEncoding.detect(new BufferedInputStream(new ByteArrayInputStream(bytes)));
    }

    private static String read(byte[] bytes) throws IOException {
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
        Charset charset = TextEncoding.detect(in).orElseThrow();
        try (Reader reader = TextEncoding.reader(in, charset)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            assertTrue(text.length() > 0);
            return text.toString();
        }
    }
}
