package com.kehu.crm.common.boundary;

import jakarta.ejb.ApplicationException;

/** Someone else changed or deleted the record since this user loaded it: reload instead of overwriting. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }
}
