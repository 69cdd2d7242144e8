package com.kehu.crm.sales.control;

import com.kehu.crm.common.boundary.BusinessException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The rows of the first worksheet of an Excel workbook (.xlsx), pulled one at a time: the memory used stays the same
 * for ten rows or a million. POI's {@code XSSFWorkbook} would build the whole workbook in memory, so the parts are read
 * with POI's low-level package API instead: the upload is copied to a temporary file (POI would otherwise buffer the
 * whole zip from a stream), the shared strings go to temporary files ({@link XlsxSharedStrings}), and the sheet's XML
 * is pulled with StAX, without DTDs or external entities.
 *
 * <p>Each cell becomes the text a CSV file saved by Excel would hold, so that the import reads both the same way:
 * texts as they are; numbers without exponent or trailing zeros, rounded to the 15 significant digits Excel shows
 * (an integer stays an integer: {@code 12}, {@code 3.5}); numbers in a date format as ISO dates ({@code 2024-03-05});
 * booleans as {@code TRUE}/{@code FALSE}; formulas as their last computed value; errors as Excel shows them
 * ({@code #N/A}). A cell without value is {@code ""}, and a row without any value is skipped. A cell's column comes
 * from its reference ({@code r="C5"}), so the values after an empty cell stay in their columns; a row's number is the
 * sheet's row number ({@code r="5"}), which is the line the user sees in Excel.
 */
final class XlsxRows implements Closeable {

    /** One row of the sheet: its number (the first row is 1) and its cells' texts from column A on. */
    record SheetRow(long number, List<String> cells) {
    }

    /** The start of every zip file, thus of every .xlsx. */
    static final byte[] MAGIC = {'P', 'K', 3, 4};
    /** Excel shows (and keeps, when one types a number) 15 significant digits; the 16th and 17th are binary noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();
    /** Characters XML cannot hold are written as {@code _xHHHH_} in the workbook (ECMA-376 22.9.2.19). */
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final List<XSSFRelation> WORKBOOKS = List.of(XSSFRelation.WORKBOOK, XSSFRelation.MACROS_WORKBOOK,
            XSSFRelation.TEMPLATE_WORKBOOK, XSSFRelation.MACRO_TEMPLATE_WORKBOOK, XSSFRelation.MACRO_ADDIN_WORKBOOK);
    private static final XMLInputFactory XML = xmlInputFactory();

    private final Path file;
    private final OPCPackage workbook;
    private final XlsxSharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final InputStream sheetData;
    private final XMLStreamReader sheet;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private long lastRow;
    private boolean done;

    private XlsxRows(Path file, OPCPackage workbook, XlsxSharedStrings strings, StylesTable styles, boolean date1904,
            InputStream sheetData, XMLStreamReader sheet) {
        this.file = file;
        this.workbook = workbook;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.sheetData = sheetData;
        this.sheet = sheet;
    }

    /**
     * Opens the workbook {@code in} holds, up to its first sheet's first row; refuses ({@code sales.file.xlsx}) a zip
     * that is no workbook we read: a damaged file, a Word or OpenDocument file, a binary workbook (.xlsb).
     */
    static XlsxRows open(InputStream in) throws IOException {
        Path file = Files.createTempFile("kehu-sales-", ".xlsx");
        OPCPackage workbook = null;
        XlsxSharedStrings strings = null;
        InputStream sheetData = null;
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            OPCPackage pkg = workbook;
            if (WORKBOOKS.stream().allMatch(type -> pkg.getPartsByContentType(type.getContentType()).isEmpty())) {
                throw broken();
            }
            XSSFReader reader = new XSSFReader(workbook, true);
            boolean date1904 = date1904(reader);
            StylesTable styles = reader.getStylesTable();
            List<PackagePart> sharedStrings =
                    workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (sharedStrings.isEmpty()) {
                strings = XlsxSharedStrings.read(null, XML);
            } else {
                try (InputStream xml = sharedStrings.get(0).getInputStream()) {
                    strings = XlsxSharedStrings.read(xml, XML);
                }
            }
            Iterator<InputStream> sheets = reader.getSheetsData();
            XMLStreamReader sheet = null; // a workbook without sheets: no rows
            if (sheets.hasNext()) {
                sheetData = sheets.next();
                sheet = XML.createXMLStreamReader(sheetData);
            }
            return new XlsxRows(file, workbook, strings, styles, date1904, sheetData, sheet);
        } catch (OpenXML4JException | XMLStreamException | ZipException | UnsupportedFileFormatException
                | InvalidOperationException | POIXMLException e) {
            discard(file, workbook, strings, sheetData);
            throw broken();
        } catch (IOException | RuntimeException e) {
            discard(file, workbook, strings, sheetData);
            throw e;
        }
    }

    /** The next row that holds a value, or {@code null} after the last. */
    SheetRow next() throws IOException {
        try {
            while (!done && sheet != null && sheet.hasNext()) {
                int event = sheet.next();
                if (event == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                    SheetRow row = row();
                    if (!row.cells().isEmpty()) {
                        return row;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(sheet.getLocalName())) {
                    done = true; // what follows the rows (merged cells, print settings) is of no use here
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException | NumberFormatException e) {
            throw broken();
        }
    }

    private SheetRow row() throws XMLStreamException, IOException {
        String r = sheet.getAttributeValue(null, "r");
        long number = r == null ? lastRow + 1 : Long.parseLong(r.strip());
        lastRow = number;
        List<String> cells = new ArrayList<>();
        int lastColumn = -1;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("c".equals(sheet.getLocalName())) {
                    String ref = sheet.getAttributeValue(null, "r");
                    int column = ref == null ? lastColumn + 1 : column(ref);
                    lastColumn = column;
                    String value = cell();
                    if (!value.isEmpty()) {
                        while (cells.size() <= column) {
                            cells.add("");
                        }
                        cells.set(column, value);
                    }
                } else {
                    skip(sheet);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break; // </row>
            }
        }
        return new SheetRow(number, cells);
    }

    /** The text of the cell the reader is at, which it reads to the cell's end. */
    private String cell() throws XMLStreamException, IOException {
        String type = sheet.getAttributeValue(null, "t");
        String style = sheet.getAttributeValue(null, "s");
        String value = null;
        String inline = null;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "v" -> value = sheet.getElementText();
                    case "is" -> inline = richText(sheet);
                    default -> skip(sheet); // the formula itself, extensions
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break; // </c>
            }
        }
        if ("inlineStr".equals(type)) {
            return inline != null ? inline : value == null ? "" : unescape(value);
        }
        if (value == null) {
            return "";
        }
        return switch (type == null ? "n" : type) {
            case "s" -> sharedString(value);
            case "str" -> unescape(value); // a formula's text result
            case "b" -> "1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip()) ? "TRUE" : "FALSE";
            case "e" -> value.strip();
            case "d" -> isoDate(value.strip());
            default -> number(value.strip(), style);
        };
    }

    private String sharedString(String value) throws IOException {
        int i = Integer.parseInt(value.strip());
        if (i < 0 || i >= strings.size()) {
            throw broken();
        }
        return strings.get(i);
    }

    private String number(String value, String style) {
        if (value.isEmpty()) {
            return "";
        }
        BigDecimal number = new BigDecimal(value);
        if (style != null && isDateStyle(Integer.parseInt(style.strip()))) {
            LocalDateTime date = DateUtil.getLocalDateTime(number.doubleValue(), date1904);
            if (date != null) { // null: a negative number, which no date format makes a date
                return date.toLocalDate().toString();
            }
        }
        return number.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** A date cell of a strict OOXML file: an ISO 8601 date and time, of which the date is kept. */
    private static String isoDate(String value) {
        return value.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?") ? value.substring(0, 10) : value;
    }

    /** Whether the cells of style {@code index} show a date (its number format is one of dates or times). */
    private boolean isDateStyle(int index) {
        if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            XSSFCellStyle style = styles.getStyleAt(i);
            if (style == null) {
                return false;
            }
            short format = style.getDataFormat();
            String pattern = style.getDataFormatString();
            if (pattern == null) {
                pattern = BuiltinFormats.getBuiltinFormat(format);
            }
            return pattern != null && DateUtil.isADateFormat(format, pattern);
        });
    }

    /** The text of a shared or inline string the reader is at ({@code <si>} or {@code <is>}), read to its end. */
    static String richText(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "t" -> text.append(reader.getElementText()); // plain text or one run of rich text
                    case "rPh" -> skip(reader); // the reading of East Asian text, not part of the value
                    default -> depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return unescape(text.toString());
    }

    private static String unescape(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher escape = ESCAPED.matcher(text);
        StringBuilder plain = new StringBuilder(text.length());
        while (escape.find()) {
            escape.appendReplacement(plain,
                    Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        return escape.appendTail(plain).toString();
    }

    /** The column of a cell reference ({@code "C5"}: 2). */
    private static int column(String ref) {
        int column = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMNS) {
                throw broken(); // beyond XFD: no sheet of Excel has it, and it would make a huge row
            }
        }
        if (i == 0) {
            throw broken();
        }
        return column - 1;
    }

    /** Moves the reader from an element's start to its end, over everything inside. */
    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Whether the workbook counts its dates from 1904 (old Excel for Mac) instead of 1900. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "workbookPr" -> {
                                String value = xml.getAttributeValue(null, "date1904");
                                return "1".equals(value) || "true".equalsIgnoreCase(value);
                            }
                            case "sheets" -> {
                                return false; // the workbook's properties come before its sheets, or not at all
                            }
                            default -> {
                            }
                        }
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static BusinessException broken() {
        return new BusinessException("sales.file.xlsx");
    }

    @Override
    public void close() throws IOException {
        if (sheet != null) {
            try {
                sheet.close();
            } catch (XMLStreamException e) {
                // it has nothing to release but the stream, which is closed below
            }
        }
        discard(file, workbook, strings, sheetData);
    }

    private static void discard(Path file, OPCPackage workbook, XlsxSharedStrings strings, InputStream sheetData)
            throws IOException {
        // read only: revert() closes the zip without writing anything back; closed last, after the sheet's stream
        try (Closeable zip = workbook == null ? null : workbook::revert; Closeable texts = strings;
                Closeable sheet = sheetData) {
            // all closed, even when closing one fails
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
