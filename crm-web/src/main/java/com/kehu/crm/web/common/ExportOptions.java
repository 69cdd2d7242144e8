package com.kehu.crm.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.event.ActionEvent;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;

/**
 * Options of the {@code p:dataExporter}s. PDF: the embedded CJK TrueType font (Noto Sans SC, SIL OFL 1.1, under
 * {@code fonts/} on the classpath), used with {@code encoding="Identity-H"} on the exporter; OpenPDF's built-in
 * Chinese fonts are not embedded and the default encoding loses Chinese.
 */
@Named("exports")
@ApplicationScoped
public class ExportOptions {

    /** The classpath resource of the CJK font, for every PDF Kehu CRM writes. */
    public static final String CJK_FONT = "fonts/NotoSansSC-Regular.ttf";

    /** The most rows one export writes: a larger selection is refused with a message (narrow the search). */
    public static final int MAX_ROWS = 10_000;

    public PDFOptions getPdf() {
        PDFOptions options = new PDFOptions();
        options.setFontName(CJK_FONT);
        options.setOrientation(PDFOrientationType.LANDSCAPE);
        options.setCellFontSize("8");
        options.setFacetFontSize("9");
        return options;
    }

    /**
     * The format of the export a button starts, from its id ({@code exportXlsx}, {@code exportContactsCsv} ...: the
     * ids of the export buttons end with the format), for the security audit trail.
     */
    public static String format(ActionEvent event) {
        String id = event.getComponent().getId().toLowerCase(Locale.ROOT);
        for (String format : List.of("xlsx", "pdf", "csv")) {
            if (id.endsWith(format)) {
                return format;
            }
        }
        return id;
    }

    public int getMaxRows() {
        return MAX_ROWS;
    }
}
