package com.kehu.crm.sales.dto;

/** What an import message did: a repeated message is {@code UNCHANGED} and writes nothing. */
public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
