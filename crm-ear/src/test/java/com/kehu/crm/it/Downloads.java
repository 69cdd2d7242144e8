package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files a browser test downloaded, read back as a user would open them: the Excel sheet's cells (Apache POI), a PDF's
 * text (poppler's pdftotext) and its images (pdfimages).
 */
final class Downloads {

    /** An upper bound for a download to finish, not a measure (a loaded machine may take long for a big export). */
    private static final Duration WAIT = Duration.ofSeconds(90);

    private Downloads() {
    }

    /** Waits until the browser's download of {@code name} into {@code folder} is complete, and returns it. */
    static Path waitFor(Browser browser, Path folder, String name) throws Exception {
        Path file = folder.resolve(name);
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            try (Stream<Path> files = Files.list(folder)) {
                boolean partial = files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                if (!partial && Files.exists(file) && Files.size(file) > 0) {
                    return file;
                }
            }
            Thread.sleep(200);
        }
        try (Stream<Path> files = Files.list(folder)) {
            fail("no download " + name + "; in the folder: " + files.toList() + "; messages: " + browser.messages());
        }
        return null;
    }

    /** The first sheet of a workbook, as the text of each cell, row by row. */
    static List<List<String>> sheet(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** The text of a PDF in content order, lines as the PDF has them. */
    static String pdfText(Path file) throws Exception {
        return run("pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-");
    }

    /** Runs a command, expects it to succeed, and returns its output. */
    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
