package com.kehu.crm.support.dto;

/**
 * The list of one step of the workflow. To handle: a manager sees the requests assigned to them, a supervisor all;
 * to give feedback: a manager sees the requests they recorded, a supervisor all; ALL is the archive's search.
 */
public enum WorkList {
    TO_ASSIGN,
    TO_HANDLE,
    TO_FEEDBACK,
    ALL
}
