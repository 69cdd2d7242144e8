package com.kehu.crm.security.entity;

/** What a security audit entry records (安全审计). Stored by name: never rename a constant, add new ones. */
public enum SecurityEventType {
    LOGIN,
    LOGIN_LOCKED,
    LOGOUT,
    PASSWORD_CHANGE,
    PASSWORD_RESET,
    USER_CREATE,
    USER_EDIT,
    USER_DISABLE,
    USER_ENABLE,
    ROLE_CREATE,
    ROLE_EDIT,
    ROLE_DELETE,
    DICTIONARY_CREATE,
    DICTIONARY_EDIT,
    DICTIONARY_DELETE,
    EXPORT,
    CHURN_WARNINGS
}
