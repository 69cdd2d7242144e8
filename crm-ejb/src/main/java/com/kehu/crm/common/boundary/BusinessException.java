package com.kehu.crm.common.boundary;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A business rule refused the request: not a programming error, but a case the application is built to handle.
 * It carries a bundle key and its arguments, so that every client (page, REST, timer log) says it in the user's
 * language; the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Serializable[] args;
    private final String field;

    public BusinessException(String key, Serializable... args) {
        this(null, key, args);
    }

    /** For a subclass that names a field. */
    protected BusinessException(String field, String key, Serializable[] args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.args = args;
        this.field = field;
    }

    /** A refusal about one input field (its property name), so that the page can show it next to that field. */
    public static BusinessException onField(String field, String key, Serializable... args) {
        return new BusinessException(field, key, args);
    }

    public String getKey() {
        return key;
    }

    public Serializable[] getArgs() {
        return args.clone();
    }

    public String getField() {
        return field;
    }
}
