package com.kehu.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.sales.dto.CsvKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel workbooks (.xlsx) read as the same rows as CSV files: the workbooks are written here with POI's streaming
 * writer, as Excel writes them (texts in the shared strings table) or as other programs do (inline texts).
 */
class SalesFileReaderXlsxTest {

    private static final List<String> ORDER_HEADER = List.of("订单日期", "备用", "外部编号", "订单号", "客户编号", "送货地址",
            "状态", "产品编号", "数量", "单位", "单价");

    @TempDir
    Path dir;

    @Test
    void chineseHeadersInAnotherOrderWithNumbersDatesAndABlankCell() throws IOException {
        Path file = workbook(true, wb -> {
            Sheet sheet = wb.createSheet("订单");
            wb.createSheet("其他").createRow(0).createCell(0).setCellValue("not read: only the first sheet is");
            CellStyle isoDate = wb.createCellStyle();
            isoDate.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle builtinDate = wb.createCellStyle();
            builtinDate.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            texts(sheet.createRow(0), ORDER_HEADER);
            Row first = sheet.createRow(1);
            date(first.createCell(0), LocalDate.of(2024, 3, 5), isoDate);
            first.createCell(1).setCellValue("ignored");
            first.createCell(2).setCellValue("E1");
            first.createCell(3).setCellValue("SO-1");
            first.createCell(4).setCellValue("C1");
            // no cell in column 5 (the address): the values after it stay in their columns
            first.createCell(6).setCellValue("新建");
            first.createCell(7).setCellValue("P1");
            first.createCell(8).setCellValue(12);
            first.createCell(9).setCellValue("台");
            Cell price = first.createCell(10);
            price.setCellValue(3.50);
            price.setCellStyle(money);
            sheet.createRow(2).createCell(3).setCellStyle(money); // a formatted row without values: skipped
            Row second = sheet.createRow(3);
            date(second.createCell(0), LocalDate.of(2024, 12, 31), builtinDate);
            second.createCell(2).setCellValue("E1");
            second.createCell(3).setCellValue("SO-1");
            second.createCell(4).setCellValue("C1");
            second.createCell(5).setCellValue("北京市朝阳区建国路 1 号");
            second.createCell(6).setCellValue("新建");
            second.createCell(7).setCellValue(1001);
            second.createCell(8).setCellValue(2.5);
            second.createCell(9).setCellValue("根");
            second.createCell(10).setCellValue(1650.00);
        });
        List<SalesFileReader.Row> rows = read(CsvKind.ORDERS, file);
        assertEquals(2, rows.size());
        assertEquals(List.of("E1", "SO-1", "C1", "2024-03-05", "", "新建", "P1", "12", "台", "3.5"),
                rows.get(0).values());
        assertEquals(List.of("E1", "SO-1", "C1", "2024-12-31", "北京市朝阳区建国路 1 号", "新建", "1001", "2.5", "根",
                "1650"), rows.get(1).values());
        assertEquals(2, rows.get(0).line(), "the sheet's row number, the header being row 1");
        assertEquals(4, rows.get(1).line(), "after an empty row, the row number Excel shows");
    }

    @Test
    void inlineTextsBooleansFormulasAndErrors() throws IOException {
        Path file = workbook(false, wb -> {
            Sheet sheet = wb.createSheet();
            texts(sheet.createRow(0), List.of("memo", "Quantity", "location", "warehouse", "product_id",
                    "external id"));
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(true);
            Cell quantity = first.createCell(1);
            quantity.setCellFormula("2*3");
            quantity.setCellValue(6);
            Cell location = first.createCell(2);
            location.setCellFormula("\"A-\"&\"01\"");
            location.setCellValue("A-01");
            first.createCell(3).setCellValue("北京仓");
            first.createCell(4).setCellValue("P1");
            first.createCell(5).setCellValue("S1");
            Row second = sheet.createRow(2);
            second.createCell(0).setCellErrorValue(FormulaError.NA.getCode());
            second.createCell(1).setCellValue(0.1 + 0.2);
            second.createCell(2).setCellValue(1.5E-7);
            second.createCell(3).setCellValue(12345678901.0);
            second.createCell(4).setCellValue(false);
            second.createCell(5).setCellValue("S2");
        });
        List<SalesFileReader.Row> rows = read(CsvKind.INVENTORY, file);
        assertEquals(List.of("S1", "P1", "北京仓", "A-01", "6", "TRUE"), rows.get(0).values());
        assertEquals(List.of("S2", "FALSE", "12345678901", "0.00000015", "0.3", "#N/A"), rows.get(1).values(),
                "the digits Excel shows, without exponent");
    }

    @Test
    void whatOnlyExcelWritesRichTextEscapesCellsWithoutReferencesAnd1904Dates() throws IOException {
        String strings = """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">
                <si><t>externalId</t></si><si><t>productId</t></si><si><t>warehouse</t></si><si><t>location</t></si>
                <si><t>quantity</t></si><si><t>memo</t></si>
                <si><r><rPr><b/></rPr><t>北京</t></r><r><t>仓</t></r><rPh sb="0" eb="2"><t>ペキン</t></rPh></si>
                <si><t xml:space="preserve">line 1_x000D_
                line 2 </t></si>
                <si><t>_x005F_x0041_</t></si>
                </sst>""";
        String sheet = """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F5"/>
                <sheetData>
                <row r="1"><c r="A1" t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c>
                <c t="s"><v>4</v></c><c t="s"><v>5</v></c></row>
                <row><c r="A2" t="inlineStr"><is><t>S1</t></is></c><c r="B2"><v>1001</v></c><c r="C2" t="s"><v>6</v></c>
                <c r="E2"><f>1+1</f><v>2</v></c><c r="F2" s="1"><v>0</v></c></row>
                <row r="5"><c r="F5" t="s"><v>7</v></c><c r="A5" t="str"><v>S2</v></c><c r="D5" t="s"><v>8</v></c></row>
                </sheetData><mergeCells count="1"><mergeCell ref="A7:B7"/></mergeCells></worksheet>""";
        Path file = dir.resolve("hand.xlsx");
        Files.write(file, handWritten(sheet, strings, true));
        List<SalesFileReader.Row> rows = read(CsvKind.INVENTORY, file);
        assertEquals(List.of("S1", "1001", "北京仓", "", "2", "1904-01-01"), rows.get(0).values());
        assertEquals(2, rows.get(0).line(), "a row without a number follows the one before");
        assertEquals(List.of("S2", "", "", "_x0041_", "", "line 1\r\nline 2 "), rows.get(1).values());
        assertEquals(5, rows.get(1).line());
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path file = workbook(true, wb -> {
            Sheet sheet = wb.createSheet();
            texts(sheet.createRow(0), List.of("外部编号", "名称", "单位", "型号"));
            texts(sheet.createRow(1), List.of("P1", "交换机", "台", "KS-1"));
        });
        BusinessException refused = refused(CsvKind.PRODUCTS, file);
        assertEquals("sales.file.columns", refused.getKey());
        assertArrayEquals(new Object[] {"price"}, refused.getArgs(), "batch is optional");
    }

    @Test
    void anOldExcelFileIsRefusedWithWhatToDo() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            texts(wb.createSheet().createRow(0), CsvKind.PRODUCTS.columns());
            wb.write(xls);
        }
        assertEquals("sales.file.xls", refused(CsvKind.PRODUCTS, xls.toByteArray(), "products.xls").getKey());
        assertEquals("sales.file.xls", refused(CsvKind.PRODUCTS, xls.toByteArray(), "renamed.xlsx").getKey(),
                "the content decides, not the name");
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals("sales.file.xls", refused(CsvKind.PRODUCTS, magic, null).getKey());
    }

    @Test
    void whatIsNoWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            entry(out, "readme.txt", "a zip, but no workbook");
        }
        assertEquals("sales.file.xlsx", refused(CsvKind.PRODUCTS, zip.toByteArray(), "products.xlsx").getKey());
        byte[] binary = {1, 2, 0, 3, (byte) 0xFF, 0};
        assertEquals("sales.file.xlsx", refused(CsvKind.PRODUCTS, binary, "products.xlsx").getKey(),
                "named as a workbook: refused as one");
        assertEquals("sales.file.encoding", refused(CsvKind.PRODUCTS, binary, "products.csv").getKey());
        String entity = """
                <?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row></sheetData></worksheet>""";
        assertEquals("sales.file.xlsx", refused(CsvKind.PRODUCTS, handWritten(entity, "<sst/>", false), null).getKey(),
                "an external entity is never read");
    }

    @Test
    void aWorkbookWithoutRowsIsEmpty() throws IOException {
        Path file = workbook(true, wb -> {
            Sheet sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellStyle(wb.createCellStyle());
            sheet.createRow(4);
        });
        assertEquals("sales.file.empty", refused(CsvKind.PRODUCTS, file).getKey());
    }

    @Test
    void aCsvFileThroughTheSameEntry() throws IOException {
        byte[] csv = "名称,外部编号,型号,批次,单位,单价\r\n交换机,P1,KS-1,B1,台,1650.00\r\n".getBytes(Charset.forName("GBK"));
        for (String name : new String[] {"products.csv", "products.xlsx", null}) {
            try (SalesFileReader reader = SalesFileReader.open(CsvKind.PRODUCTS, new ByteArrayInputStream(csv), name)) {
                assertEquals(TextEncoding.GB18030, reader.charset());
                List<SalesFileReader.Row> rows = new ArrayList<>();
                reader.forEach(rows::add);
                assertEquals(List.of(new SalesFileReader.Row(2, List.of("P1", "交换机", "KS-1", "B1", "台", "1650.00"))),
                        rows, "a CSV file is read as CSV whatever its name: " + name);
            }
        }
    }

    @Test
    void theTemporaryFilesAreDeletedOnClose() throws IOException {
        Path file = workbook(true, wb -> texts(wb.createSheet().createRow(0), CsvKind.PRODUCTS.columns()));
        Set<Path> before = temporaryFiles();
        Set<Path> open;
        try (SalesFileReader reader = SalesFileReader.open(CsvKind.PRODUCTS, Files.newInputStream(file), "p.xlsx")) {
            assertEquals(StandardCharsets.UTF_8, reader.charset());
            assertFalse(reader.iterator().hasNext());
            open = temporaryFiles();
            open.removeAll(before);
            assertEquals(3, open.size(), "the workbook and the shared strings' data and index: " + open);
        }
        assertTrue(open.stream().noneMatch(Files::exists), "left behind: " + open);
        Path refusedFile = workbook(true, wb -> texts(wb.createSheet().createRow(0), List.of("外部编号")));
        refused(CsvKind.PRODUCTS, refusedFile);
        Set<Path> after = temporaryFiles();
        after.removeAll(before);
        assertTrue(after.isEmpty(), "left behind by a refused file: " + after);
    }

    /**
     * A sheet of 200,000 rows read to its end, one row at a time: the reader holds no row, so the heap does not grow
     * with the rows read. Were the rows kept, they would take some 80 MB; the bound leaves the garbage collector plenty
     * of room. The texts are inline: POI writes a shared strings table of this size slowly, and that table's reader
     * has tests of its own ({@link XlsxSharedStringsTest}).
     */
    @Test
    void aSheetOf200000RowsIsReadOneRowAtATime() throws IOException {
        int count = 200_000;
        Path file = workbook(false, wb -> {
            Sheet sheet = wb.createSheet();
            texts(sheet.createRow(0), List.of("外部编号", "产品编号", "仓库", "货位", "数量", "备注"));
            for (int i = 1; i <= count; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("S" + i);
                row.createCell(1).setCellValue("P" + i % 100);
                row.createCell(2).setCellValue("仓库" + i % 5);
                row.createCell(3).setCellValue("A-" + i % 1000);
                row.createCell(4).setCellValue(i);
                row.createCell(5).setCellValue("备注 " + i % 7);
            }
        });
        long rows = 0;
        long heapAtStart = 0;
        SalesFileReader.Row last = null;
        try (SalesFileReader reader = SalesFileReader.open(CsvKind.INVENTORY, Files.newInputStream(file), "s.xlsx")) {
            for (SalesFileReader.Row row : reader) {
                rows++;
                if (rows == 1_000) {
                    heapAtStart = usedHeap();
                }
                last = row;
            }
            long growth = usedHeap() - heapAtStart;
            assertTrue(growth < 48L * 1024 * 1024, "the heap grew by " + growth / 1024 / 1024 + " MB");
        }
        assertEquals(count, rows);
        assertNotNull(last);
        assertEquals(count + 1, last.line());
        assertEquals(List.of("S" + count, "P0", "仓库0", "A-0", String.valueOf(count), "备注 " + count % 7),
                last.values());
    }

    private Path workbook(boolean sharedStrings, Consumer<SXSSFWorkbook> content) throws IOException {
        Path file = Files.createTempFile(dir, "sales", ".xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, sharedStrings);
                OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.write(out);
        }
        return file;
    }

    private static void texts(Row row, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            row.createCell(i).setCellValue(texts.get(i));
        }
    }

    private static void date(Cell cell, LocalDate date, CellStyle style) {
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    /** A workbook as Excel writes it, part by part: one sheet, its shared strings, a style with a date format. */
    private static byte[] handWritten(String sheet, String sharedStrings, boolean date1904) throws IOException {
        String main = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="%1$ssheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="%1$sworksheet+xml"/>
                    <Override PartName="/xl/sharedStrings.xml" ContentType="%1$ssharedStrings+xml"/>
                    <Override PartName="/xl/styles.xml" ContentType="%1$sstyles+xml"/>
                    </Types>""".formatted(main));
            entry(zip, "_rels/.rels", """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""".formatted(rels));
            entry(zip, "xl/workbook.xml", """
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                     xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <workbookPr date1904="%s"/><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""".formatted(date1904 ? "1" : "0"));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="%1$sworksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="%1$ssharedStrings" Target="sharedStrings.xml"/>
                    <Relationship Id="rId3" Type="%1$sstyles" Target="styles.xml"/>
                    </Relationships>""".formatted(rels));
            entry(zip, "xl/styles.xml", """
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/mm/dd"/></numFmts>
                    <fonts count="1"><font/></fonts><fills count="1"><fill/></fills>
                    <borders count="1"><border/></borders>
                    <cellStyleXfs count="1"><xf/></cellStyleXfs>
                    <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>
                    </styleSheet>""");
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
            entry(zip, "xl/sharedStrings.xml", sharedStrings);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static List<SalesFileReader.Row> read(CsvKind kind, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(kind, in, file.getFileName().toString());
        }
    }

    private static List<SalesFileReader.Row> read(CsvKind kind, InputStream in, String name) throws IOException {
        List<SalesFileReader.Row> rows = new ArrayList<>();
        try (SalesFileReader reader = SalesFileReader.open(kind, in, name)) {
            reader.forEach(rows::add);
        }
        return rows;
    }

    private static BusinessException refused(CsvKind kind, Path file) {
        return assertThrows(BusinessException.class, () -> read(kind, file));
    }

    private static BusinessException refused(CsvKind kind, byte[] bytes, String name) {
        return assertThrows(BusinessException.class, () -> read(kind, new ByteArrayInputStream(bytes), name));
    }

    /** The temporary files of sales workbooks: the reader names its own so. */
    private static Set<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("kehu-sales-"))
                    .collect(Collectors.toSet());
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
