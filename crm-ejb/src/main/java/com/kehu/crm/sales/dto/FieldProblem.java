package com.kehu.crm.sales.dto;

import java.io.Serializable;

/**
 * One refused field of an import message, kept structured until it is shown: the field, and for a field of one of the
 * message's lines ({@code lines} of an order) that line's index. A REST answer writes it as
 * {@code lines[1].quantity}; a file's refusal puts it on the file's row of that line.
 */
public record FieldProblem(String field, Integer lineIndex, String message) implements Serializable {

    /** A field of the message itself (or the whole message: an empty field). */
    public static FieldProblem of(String field, String message) {
        return new FieldProblem(field, null, message);
    }

    /** As the REST answer names it. */
    public FieldError toError() {
        if (lineIndex == null) {
            return new FieldError(field, message);
        }
        return new FieldError("lines[" + lineIndex + "]" + (field.isEmpty() ? "" : "." + field), message);
    }
}
