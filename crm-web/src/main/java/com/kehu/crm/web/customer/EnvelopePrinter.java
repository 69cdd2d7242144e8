package com.kehu.crm.web.customer;

import com.kehu.crm.customer.dto.EnvelopeAddress;
import com.kehu.crm.web.common.ExportOptions;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Envelopes (信封打印) in the Chinese layout, one page per customer, on a DL envelope (220 × 110 mm): six postcode
 * boxes top left with the recipient's postcode, the address below them, the company name with "收" in the middle,
 * and the sender block (company name, address, postcode) bottom right. Text is in the embedded CJK font, so that the
 * PDF prints and extracts the same on every machine.
 */
public final class EnvelopePrinter {

    /** The sender: the company running Kehu CRM (system properties {@code kehu.company.*}). */
    public record Sender(String name, String address, String postcode) {
    }

    private static final float MM = 72f / 25.4f;
    private static final Rectangle DL = new Rectangle(220 * MM, 110 * MM);
    private static final int POSTCODE_BOXES = 6;

    private final Sender sender;
    private final String recipientSuffix;
    private final String postcodeLabel;

    /**
     * @param recipientSuffix what follows the recipient's name ("收")
     * @param postcodeLabel   what precedes the sender's postcode ("邮政编码：")
     */
    public EnvelopePrinter(Sender sender, String recipientSuffix, String postcodeLabel) {
        this.sender = sender;
        this.recipientSuffix = recipientSuffix;
        this.postcodeLabel = postcodeLabel;
    }

    /** The sender from the server's system properties {@code kehu.company.name}, {@code .address}, {@code .postcode}. */
    public static Sender senderFromSystemProperties() {
        return new Sender(System.getProperty("kehu.company.name", ""), System.getProperty("kehu.company.address", ""),
                System.getProperty("kehu.company.postcode", ""));
    }

    public byte[] print(List<EnvelopeAddress> recipients) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(DL, 0, 0, 0, 0);
        try {
            BaseFont font = BaseFont.createFont(ExportOptions.CJK_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Envelopes");
            document.addCreator("Kehu CRM");
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            for (EnvelopeAddress recipient : recipients) {
                document.newPage();
                envelope(canvas, font, recipient);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("envelopes not printed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + ExportOptions.CJK_FONT + " not readable", e);
        }
        return out.toByteArray();
    }

    private void envelope(PdfContentByte canvas, BaseFont font, EnvelopeAddress recipient) {
        float width = DL.getWidth();
        float height = DL.getHeight();

        // Six postcode boxes, 8 × 10 mm, 2 mm apart, 12 mm from the left and 10 mm from the top edge.
        String postcode = recipient.postcode() == null ? "" : recipient.postcode().trim();
        float boxWidth = 8 * MM;
        float boxHeight = 10 * MM;
        float boxTop = height - 10 * MM;
        canvas.setLineWidth(0.8f);
        canvas.setRGBColorStroke(200, 0, 0);
        for (int i = 0; i < POSTCODE_BOXES; i++) {
            float x = 12 * MM + i * (boxWidth + 2 * MM);
            canvas.rectangle(x, boxTop - boxHeight, boxWidth, boxHeight);
        }
        canvas.stroke();
        for (int i = 0; i < POSTCODE_BOXES && i < postcode.length(); i++) {
            float x = 12 * MM + i * (boxWidth + 2 * MM) + boxWidth / 2;
            text(canvas, font, 16, PdfContentByte.ALIGN_CENTER, String.valueOf(postcode.charAt(i)), x,
                    boxTop - boxHeight + 2.8f * MM);
        }

        // The address below the boxes, wrapped at the middle of the envelope.
        float y = boxTop - boxHeight - 10 * MM;
        for (String line : wrap(recipient.address(), font, 13, width * 0.6f)) {
            text(canvas, font, 13, PdfContentByte.ALIGN_LEFT, line, 20 * MM, y);
            y -= 6.5f * MM;
        }

        // The recipient in the middle: name + 收.
        text(canvas, font, 20, PdfContentByte.ALIGN_CENTER, recipient.name() + "  " + recipientSuffix, width / 2,
                height / 2 - 12 * MM);

        // The sender block bottom right.
        float right = width - 15 * MM;
        float bottom = 10 * MM;
        text(canvas, font, 10, PdfContentByte.ALIGN_RIGHT, postcodeLabel + sender.postcode(), right, bottom);
        text(canvas, font, 10, PdfContentByte.ALIGN_RIGHT, sender.address(), right, bottom + 5 * MM);
        text(canvas, font, 10, PdfContentByte.ALIGN_RIGHT, sender.name(), right, bottom + 10 * MM);
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, int align, String text, float x,
                             float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setRGBColorFill(0, 0, 0);
        canvas.showTextAligned(align, text == null ? "" : text, x, y, 0);
        canvas.endText();
    }

    /** Splits {@code text} into lines no wider than {@code maxWidth} (character by character: Chinese has no spaces). */
    private static List<String> wrap(String text, BaseFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (font.getWidthPoint(line.toString(), size) > maxWidth && line.length() > 1) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(text.charAt(i));
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
