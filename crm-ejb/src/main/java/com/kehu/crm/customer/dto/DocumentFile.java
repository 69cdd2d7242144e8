package com.kehu.crm.customer.dto;

/** A document to download: its name, type and bytes. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
