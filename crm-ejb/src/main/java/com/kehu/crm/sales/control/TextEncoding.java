package com.kehu.crm.sales.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The encoding of a text file that office users produce: UTF-8 (with or without the byte-order mark Excel writes), or
 * GB18030, the superset of GBK in which Excel on a Chinese Windows saves "CSV". Decided on the file's first
 * {@value #SAMPLE} bytes: UTF-8 when they decode as UTF-8 (ASCII is both), else GB18030 when they decode as GB18030;
 * anything else (UTF-16, a binary file, another code page's bytes) has no encoding here and is refused, never read as
 * garbled text. The reader it returns decodes the rest strictly too, so a file that changes its encoding after the
 * sample fails with a {@link CharacterCodingException} at the first wrong byte.
 */
public final class TextEncoding {

    /** Bytes looked at to decide: enough for several hundred rows of a sales file. */
    static final int SAMPLE = 64 * 1024;
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextEncoding() {
    }

    /** The encoding of the bytes at the start of {@code in}, which must support mark/reset; empty: not one we read. */
    public static Optional<Charset> detect(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE + 1);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        boolean complete = sample.length < SAMPLE;
        if (startsWith(sample, UTF8_BOM)) {
            return decodes(StandardCharsets.UTF_8, sample, complete) ? Optional.of(StandardCharsets.UTF_8)
                    : Optional.empty();
        }
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == 0) {
                return Optional.empty(); // UTF-16 or a binary file: no text file of ours holds NUL
            }
        }
        if (decodes(StandardCharsets.UTF_8, sample, complete)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        return decodes(GB18030, sample, complete) ? Optional.of(GB18030) : Optional.empty();
    }

    /**
     * A reader of the text of {@code in} in {@code charset}, after the UTF-8 byte-order mark if there is one; a wrong
     * byte further on fails the read instead of becoming a replacement character.
     */
    public static Reader reader(BufferedInputStream in, Charset charset) throws IOException {
        in.mark(UTF8_BOM.length);
        if (!Arrays.equals(in.readNBytes(UTF8_BOM.length), UTF8_BOM)) {
            in.reset();
        }
        return new InputStreamReader(in, strict(charset));
    }

    private static boolean decodes(Charset charset, byte[] sample, boolean complete) {
        ByteBuffer bytes = ByteBuffer.wrap(sample);
        CharsetDecoder decoder = strict(charset);
        CharBuffer chars = CharBuffer.allocate(sample.length + 1);
        var result = decoder.decode(bytes, chars, complete);
        if (result.isError()) {
            return false;
        }
        // A cut-off sample may end inside a character: those last bytes are left undecoded, which is fine.
        return complete ? !decoder.flush(chars).isError() && !bytes.hasRemaining() : bytes.remaining() < 4;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Convenience for tests and callers holding a stream that cannot mark. */
    public static BufferedInputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, SAMPLE + 1);
    }
}
