package com.kehu.crm.sales.control;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings of a workbook (its part {@code sharedStrings.xml}), kept in temporary files instead of the heap.
 * Excel stores every text cell as an index into this table, so a sheet of a million rows has a table about as long as
 * the sheet: POI's {@code ReadOnlySharedStringsTable} would hold all of it in memory, and POI has no variant that
 * does not. Here the texts are written once, in order, to a data file (UTF-8) and their start offsets to an index
 * file of fixed-width entries, so that the i-th text costs two positioned reads; a small cache serves the texts that
 * repeat on many rows (units, warehouses, statuses). Memory stays the same whatever the size of the table.
 */
final class XlsxSharedStrings implements Closeable {

    /** Texts kept in memory after a read: enough for the values a column repeats, small enough not to matter. */
    private static final int CACHE = 4096;

    private final Path data;
    private final Path index;
    private final FileChannel dataChannel;
    private final FileChannel indexChannel;
    private final int count;
    private final ByteBuffer offsets = ByteBuffer.allocate(2 * Long.BYTES);
    private final Map<Integer, String> cache = new LinkedHashMap<>(CACHE * 4 / 3 + 1, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
            return size() > CACHE;
        }
    };

    private XlsxSharedStrings(Path data, Path index, int count) throws IOException {
        this.data = data;
        this.index = index;
        this.count = count;
        this.dataChannel = FileChannel.open(data, StandardOpenOption.READ);
        try {
            this.indexChannel = FileChannel.open(index, StandardOpenOption.READ);
        } catch (IOException e) {
            dataChannel.close();
            throw e;
        }
    }

    /** The table of {@code xml}, the part's content; {@code null} (a workbook without text cells): an empty table. */
    static XlsxSharedStrings read(InputStream xml, XMLInputFactory factory) throws IOException, XMLStreamException {
        Path data = Files.createTempFile("kehu-sales-strings-", ".bin");
        Path index = null;
        try {
            index = Files.createTempFile("kehu-sales-strings-", ".idx");
            int count = 0;
            long written = 0; // DataOutputStream.size() stops counting at 2 GB
            try (DataOutputStream texts = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(data)));
                    DataOutputStream starts = new DataOutputStream(
                            new BufferedOutputStream(Files.newOutputStream(index)))) {
                if (xml != null) {
                    XMLStreamReader reader = factory.createXMLStreamReader(xml);
                    try {
                        while (reader.hasNext()) {
                            if (reader.next() == XMLStreamConstants.START_ELEMENT
                                    && "si".equals(reader.getLocalName())) {
                                byte[] text = XlsxRows.richText(reader).getBytes(StandardCharsets.UTF_8);
                                starts.writeLong(written);
                                texts.write(text);
                                written += text.length;
                                count++;
                            }
                        }
                    } finally {
                        reader.close();
                    }
                }
                // One offset more than texts: where the last one ends, so that every text's length is known.
                starts.writeLong(written);
            }
            return new XlsxSharedStrings(data, index, count);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            Files.deleteIfExists(data);
            if (index != null) {
                Files.deleteIfExists(index);
            }
            throw e;
        }
    }

    /** The number of texts in the table. */
    int size() {
        return count;
    }

    /** The text at {@code i}; {@code IndexOutOfBoundsException} for an index the table does not have. */
    String get(int i) throws IOException {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("shared string " + i + " of " + count);
        }
        String text = cache.get(i);
        if (text == null) {
            offsets.clear();
            readFully(indexChannel, offsets, (long) i * Long.BYTES);
            long start = offsets.getLong(0);
            long end = offsets.getLong(Long.BYTES);
            ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(end - start));
            readFully(dataChannel, bytes, start);
            text = new String(bytes.array(), StandardCharsets.UTF_8);
            cache.put(i, text);
        }
        return text;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new EOFException();
            }
            at += read;
        }
    }

    @Override
    public void close() throws IOException {
        cache.clear();
        try (FileChannel texts = dataChannel; FileChannel starts = indexChannel) {
            // both closed, even when closing one fails
        } finally {
            Files.deleteIfExists(data);
            Files.deleteIfExists(index);
        }
    }
}
