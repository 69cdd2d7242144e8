package com.kehu.crm.sales.dto;

import java.io.Serializable;

/** One refused input field of an import message, e.g. {@code lines[0].quantity}, with the reason. */
public record FieldError(String field, String message) implements Serializable {
}
