package com.kehu.crm.sales.control;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.sales.dto.CsvKind;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of an uploaded sales file, read as a stream (never the whole file in memory), CSV or Excel workbook alike:
 * the content decides, not the file's name. A CSV file: the encoding detected ({@link TextEncoding}), RFC 4180 fields
 * read by Apache Commons CSV (quotes, commas and line breaks inside fields). An Excel workbook (.xlsx, a zip): the
 * first worksheet's rows ({@link XlsxRows}), each cell as the text Excel would have saved in a CSV file. Either way
 * the columns are found by their header ({@link HeaderMap}), and each row's values come in the order of the kind's
 * fields, with the row's line number (the file's line, the sheet's row number). Refusals are
 * {@link BusinessException}s with a key of the user's language: an encoding we do not read
 * ({@code sales.file.encoding}), a missing column ({@code sales.file.columns}, with the fields), an empty file
 * ({@code sales.file.empty}), a change of encoding in the middle ({@code sales.file.encodingAt}, with the line), an
 * old binary Excel file or a password-protected workbook ({@code sales.file.xls}), a workbook that cannot be read
 * ({@code sales.file.xlsx}).
 */
public final class SalesFileReader implements Closeable, Iterable<SalesFileReader.Row> {

    /** One row of the file: the line it begins on (the header is line 1) and its values in the kind's field order. */
    public record Row(long line, List<String> values) {
    }

    /** The start of an OLE2 file: Excel 97-2003 (.xls), and also a workbook Excel saved with a password. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private final Iterator<Row> rows;
    private final Closeable source;
    private final Charset charset;

    private SalesFileReader(Iterator<Row> rows, Closeable source, Charset charset) {
        this.rows = rows;
        this.source = source;
        this.charset = charset;
    }

    /** Opens {@code in} as a file of {@code kind}, CSV or workbook alike: {@link #open(CsvKind, InputStream, String)}. */
    public static SalesFileReader open(CsvKind kind, InputStream in) throws IOException {
        return open(kind, in, null);
    }

    /**
     * Opens {@code in} as a file of {@code kind}: reads the header, or refuses the file. Its first bytes decide how it
     * is read: an Excel workbook (.xlsx: a zip), an old Excel file (.xls: refused), else a CSV file. {@code fileName}
     * (may be {@code null}) only helps say why a file is refused: a file named like a workbook that is neither a
     * workbook nor text is refused as a workbook that cannot be read rather than as a text of unknown encoding.
     */
    public static SalesFileReader open(CsvKind kind, InputStream in, String fileName) throws IOException {
        BufferedInputStream buffered = TextEncoding.buffered(in);
        buffered.mark(OLE2.length);
        byte[] start = buffered.readNBytes(OLE2.length);
        buffered.reset();
        if (startsWith(start, XlsxRows.MAGIC)) {
            return openWorkbook(kind, buffered);
        }
        if (startsWith(start, OLE2)) {
            throw new BusinessException("sales.file.xls");
        }
        return openCsv(kind, buffered, fileName);
    }

    private static SalesFileReader openCsv(CsvKind kind, BufferedInputStream buffered, String fileName)
            throws IOException {
        Charset charset = TextEncoding.detect(buffered).orElseThrow(() -> new BusinessException(
                isWorkbookName(fileName) ? "sales.file.xlsx" : "sales.file.encoding"));
        CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                .parse(TextEncoding.reader(buffered, charset));
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            parser.close();
            throw new BusinessException("sales.file.empty");
        }
        HeaderMap columns = HeaderMap.of(kind, records.next().toList());
        if (!columns.missing().isEmpty()) {
            parser.close();
            throw new BusinessException("sales.file.columns", String.join(", ", columns.missing()));
        }
        return new SalesFileReader(csvRows(parser, records, columns), parser, charset);
    }

    private static SalesFileReader openWorkbook(CsvKind kind, InputStream in) throws IOException {
        XlsxRows sheet = XlsxRows.open(in);
        try {
            XlsxRows.SheetRow header = sheet.next();
            if (header == null) {
                throw new BusinessException("sales.file.empty");
            }
            HeaderMap columns = HeaderMap.of(kind, header.cells());
            if (!columns.missing().isEmpty()) {
                throw new BusinessException("sales.file.columns", String.join(", ", columns.missing()));
            }
            return new SalesFileReader(sheetRows(sheet, columns), sheet, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            sheet.close();
            throw e;
        }
    }

    /**
     * The encoding the file was read in; for an Excel workbook UTF-8, the encoding of its XML: a workbook's texts are
     * Unicode whatever the code page of the computer that saved it, so there is nothing to detect.
     */
    public Charset charset() {
        return charset;
    }

    /** How the file was read, as the import page names it: {@code XLSX} for a workbook, else its encoding. */
    public String format() {
        return source instanceof XlsxRows ? "XLSX" : charset.name();
    }

    /** The rows after the header; one pass only, as the file is read while they come. */
    @Override
    public Iterator<Row> iterator() {
        return rows;
    }

    private static Iterator<Row> csvRows(CSVParser parser, Iterator<CSVRecord> records, HeaderMap columns) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw refusal(parser, e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                List<String> values = new ArrayList<>(record.size());
                record.forEach(values::add);
                // The line where the row begins, as an editor shows it: the parser has read to its end, and a
                // quoted field may hold line breaks of its own.
                long breaks = values.stream().mapToLong(v -> v.chars().filter(c -> c == '\n').count()).sum();
                return new Row(parser.getCurrentLineNumber() - breaks, columns.values(values));
            }
        };
    }

    private static RuntimeException refusal(CSVParser parser, UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new BusinessException("sales.file.encodingAt", parser.getCurrentLineNumber() + 1);
        }
        return e;
    }

    private static Iterator<Row> sheetRows(XlsxRows sheet, HeaderMap columns) {
        return new Iterator<>() {
            // the next row, read ahead by hasNext(): the sheet can only say whether there is one by reading it
            private XlsxRows.SheetRow next;
            private boolean end;

            @Override
            public boolean hasNext() {
                if (next == null && !end) {
                    try {
                        next = sheet.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    end = next == null;
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                XlsxRows.SheetRow row = next;
                next = null;
                return new Row(row.number(), columns.values(row.cells()));
            }
        };
    }

    private static boolean isWorkbookName(String fileName) {
        return fileName != null && fileName.strip().toLowerCase(Locale.ROOT).matches(".*\\.xl[st][xmb]?");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
