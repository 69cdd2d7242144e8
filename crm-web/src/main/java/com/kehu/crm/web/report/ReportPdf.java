package com.kehu.crm.web.report;

import com.kehu.crm.web.common.ExportOptions;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The head of a report's PDF export (the exporter's pre-processor): the report's title, the filters it was made with
 * and the chart as the browser drew it (a PNG data URL the export button put into a hidden field), above the table
 * PrimeFaces writes. Text in the embedded CJK font, like the table.
 */
public final class ReportPdf {

    private static final Logger LOG = Logger.getLogger(ReportPdf.class.getName());
    private static final String PNG_PREFIX = "data:image/png;base64,";
    /** A chart image larger than this is not a chart this page drew: left out. */
    private static final int MAX_IMAGE_CHARS = 4_000_000;

    private ReportPdf() {
    }

    public static void head(Object document, String title, List<String> filters, String chartPng) {
        Document pdf = (Document) document;
        if (!pdf.isOpen()) {
            pdf.open();
        }
        try {
            BaseFont base = BaseFont.createFont(ExportOptions.CJK_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            pdf.add(new Paragraph(title, new Font(base, 14, Font.BOLD)));
            Font small = new Font(base, 9);
            for (String filter : filters) {
                pdf.add(new Paragraph(filter, small));
            }
            Image chart = chart(chartPng);
            if (chart != null) {
                chart.scaleToFit(pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin(), 260);
                chart.setAlignment(Element.ALIGN_CENTER);
                pdf.add(chart);
            }
            pdf.add(new Paragraph(" ", small));
        } catch (IOException e) {
            throw new UncheckedIOException("font " + ExportOptions.CJK_FONT + " not readable", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF head not written", e);
        }
    }

    /** The chart's image, or null when the page sent none or something that is not a PNG. */
    private static Image chart(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(PNG_PREFIX) || dataUrl.length() > MAX_IMAGE_CHARS) {
            return null;
        }
        try {
            return Image.getInstance(Base64.getDecoder().decode(dataUrl.substring(PNG_PREFIX.length())));
        } catch (IllegalArgumentException | IOException | DocumentException e) {
            LOG.log(Level.FINE, "chart image left out of the PDF", e);
            return null;
        }
    }
}
