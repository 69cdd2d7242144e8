package com.kehu.crm.sales.dto;

import java.io.Serializable;

/** What a bulk file did: how many records it created, updated and left unchanged. */
public record CsvImportResult(int created, int updated, int unchanged) implements Serializable {
}
