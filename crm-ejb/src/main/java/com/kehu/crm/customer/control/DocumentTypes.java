package com.kehu.crm.customer.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a document's bytes are what its file name claims. The extension alone is the uploader's word: an
 * executable renamed {@code .pdf}, or an HTML page named {@code .png} and claimed as {@code image/png}, would be kept
 * and later handed to colleagues as a contract or a scan. Each known type is recognised by its first bytes (its
 * "magic number"); the type stored is the one the extension stands for, never the type the browser claimed.
 * An extension the administrator allowed that is not known here is accepted as it is, with a generic type.
 */
public final class DocumentTypes {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** Microsoft's compound file: .doc and .xls of Office 97-2003. */
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** A zip archive: .docx and .xlsx. */
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    private static final Map<String, byte[]> MAGIC = Map.of("pdf", PDF, "png", PNG, "jpg", JPEG, "jpeg", JPEG,
            "doc", OLE, "xls", OLE, "docx", ZIP, "xlsx", ZIP);
    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "doc", "application/msword", "xls", "application/vnd.ms-excel",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "txt", "text/plain");
    /** Executables and scripts that no document of any allowed type starts with. */
    private static final byte[][] NEVER = {{'M', 'Z'}, {0x7F, 'E', 'L', 'F'}, {'#', '!'}};
    private static final int TEXT_SAMPLE = 8192;

    private DocumentTypes() {
    }

    /** Whether {@code content} looks like a file of the type of {@code fileName}'s extension. */
    public static boolean matches(String fileName, byte[] content) {
        for (byte[] never : NEVER) {
            if (startsWith(content, never)) {
                return false;
            }
        }
        String extension = extension(fileName);
        byte[] magic = MAGIC.get(extension);
        if (magic != null) {
            return startsWith(content, magic);
        }
        if (extension.equals("txt")) {
            return isText(content);
        }
        return true;
    }

    /** The content type a download of this file gets: the extension's, else a generic one. */
    public static String contentType(String fileName) {
        return TYPES.getOrDefault(extension(fileName), "application/octet-stream");
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Plain text: no NUL byte, and not a page a browser would run (HTML or SVG). */
    private static boolean isText(byte[] content) {
        int n = Math.min(content.length, TEXT_SAMPLE);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        String start = new String(content, 0, n, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        return !(start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<svg")
                || start.startsWith("<script") || start.startsWith("<?xml"));
    }
}
