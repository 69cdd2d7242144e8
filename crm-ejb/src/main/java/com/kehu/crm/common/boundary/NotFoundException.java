package com.kehu.crm.common.boundary;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (any more). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
