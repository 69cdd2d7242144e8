package com.kehu.crm.customer.dto;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a customer's document list: never the bytes. */
public record DocumentRow(long id, long version, String fileName, String contentType, long fileSize,
                          String uploadedBy, LocalDateTime uploadedAt) implements Serializable {
}
