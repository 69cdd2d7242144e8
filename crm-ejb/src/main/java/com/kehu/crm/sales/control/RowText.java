package com.kehu.crm.sales.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A row of an imported file kept as text with its refusal, and read back for the bad-rows download. */
final class RowText {

    private RowText() {
    }

    /** A row of the file as one CSV line (quoted where needed), for the bad-rows download. */
    static String csvLine(List<String> values) {
        if (values == null) {
            return null;
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("").get())) {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
