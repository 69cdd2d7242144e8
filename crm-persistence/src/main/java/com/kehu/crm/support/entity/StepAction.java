package com.kehu.crm.support.entity;

/** What one step of a service request's timeline did. Names: bundle key {@code StepAction.<NAME>}. */
public enum StepAction {
    CREATE,
    ASSIGN,
    HANDLE,
    FEEDBACK
}
