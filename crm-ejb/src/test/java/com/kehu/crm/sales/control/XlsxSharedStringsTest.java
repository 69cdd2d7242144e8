package com.kehu.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** A workbook's shared strings, kept on disk and read back by index. */
class XlsxSharedStringsTest {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    /** More texts than the cache holds, read in random order: most reads go to the files, some to the cache. */
    @Test
    void everyTextComesBackByItsIndex() throws IOException, XMLStreamException {
        int count = 20_000;
        StringBuilder xml = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = i % 10 == 0 ? "" : i % 3 == 0 ? "北京仓 " + i : "S" + i;
            texts.add(text);
            xml.append("<si><t xml:space=\"preserve\">").append(text).append("</t></si>");
        }
        xml.append("</sst>");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
            order.add(i % 50); // texts read again and again, as a unit or a warehouse is
        }
        Collections.shuffle(order, new Random(13));
        try (XlsxSharedStrings strings = read(xml.toString())) {
            assertEquals(count, strings.size());
            for (int i : order) {
                assertEquals(texts.get(i), strings.get(i), "text " + i);
            }
            assertThrows(IndexOutOfBoundsException.class, () -> strings.get(count));
        }
    }

    @Test
    void richTextIsOneTextWithoutItsReading() throws IOException, XMLStreamException {
        try (XlsxSharedStrings strings = read("""
                <sst><si><r><rPr><b/></rPr><t>北京</t></r><r><t>仓</t></r><rPh sb="0" eb="2"><t>ペキン</t></rPh>
                <phoneticPr fontId="1"/></si><si><t>a_x0009_b</t></si></sst>""")) {
            assertEquals(2, strings.size());
            assertEquals("北京仓", strings.get(0));
            assertEquals("a\tb", strings.get(1));
        }
    }

    @Test
    void aWorkbookWithoutTextsHasAnEmptyTable() throws IOException, XMLStreamException {
        try (XlsxSharedStrings strings = XlsxSharedStrings.read(null, XML)) {
            assertEquals(0, strings.size());
            assertThrows(IndexOutOfBoundsException.class, () -> strings.get(0));
        }
    }

    @Test
    void aDamagedTableLeavesNoFileBehind() throws IOException {
        Set<Path> before = temporaryFiles();
        assertThrows(XMLStreamException.class, () -> read("<sst><si><t>cut off"));
        Set<Path> after = temporaryFiles();
        after.removeAll(before);
        assertTrue(after.isEmpty(), "left behind: " + after);
    }

    private static Set<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("kehu-sales-strings-"))
                    .collect(Collectors.toSet());
        }
    }

    private static XlsxSharedStrings read(String xml) throws IOException, XMLStreamException {
        return XlsxSharedStrings.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), XML);
    }
}
