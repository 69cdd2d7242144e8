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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of an uploaded sales CSV file, read as a stream (never the whole file in memory): the encoding detected
 * ({@link TextEncoding}), RFC 4180 fields read by Apache Commons CSV (quotes, commas and line breaks inside fields),
 * the columns found by their header ({@link HeaderMap}). Each row's values come in the order of the kind's fields,
 * with the file's line number. Refusals are {@link BusinessException}s with a key of the user's language: an encoding
 * we do not read ({@code sales.file.encoding}), a missing column ({@code sales.file.columns}, with the fields), an
 * empty file ({@code sales.file.empty}), a change of encoding in the middle ({@code sales.file.encodingAt}, with the
 * line).
 */
public final class SalesFileReader implements Closeable, Iterable<SalesFileReader.Row> {

    /** One row of the file: the line it begins on (the header is line 1) and its values in the kind's field order. */
    public record Row(long line, List<String> values) {
    }

    private final CSVParser parser;
    private final HeaderMap columns;
    private final Charset charset;

    private SalesFileReader(CSVParser parser, HeaderMap columns, Charset charset) {
        this.parser = parser;
        this.columns = columns;
        this.charset = charset;
    }

    /** Opens {@code in} as a file of {@code kind}: reads the header, or refuses the file. */
    public static SalesFileReader open(CsvKind kind, InputStream in) throws IOException {
        BufferedInputStream buffered = TextEncoding.buffered(in);
        Charset charset = TextEncoding.detect(buffered)
                .orElseThrow(() -> new BusinessException("sales.file.encoding"));
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
        return new SalesFileReader(parser, columns, charset);
    }

    /** Opens an uploaded file named {@code fileName} as a file of {@code kind}. */
    public static SalesFileReader open(CsvKind kind, InputStream in, String fileName) throws IOException {
        return open(kind, in);
    }

    /** The encoding the file was read in. */
    public Charset charset() {
        return charset;
    }

    @Override
    public Iterator<Row> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw refusal(e);
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

    private RuntimeException refusal(UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new BusinessException("sales.file.encodingAt", parser.getCurrentLineNumber() + 1);
        }
        return e;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
