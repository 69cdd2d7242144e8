package com.kehu.crm.sales.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.sales.dto.FieldError;
import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;

/** An import message was refused: every bad field with its reason. Nothing of the message was written. */
@ApplicationException(rollback = true)
public class SalesImportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final ArrayList<FieldError> errors;

    public SalesImportException(List<FieldError> errors) {
        super("sales.error.invalid");
        this.errors = new ArrayList<>(errors);
    }

    public List<FieldError> getErrors() {
        return List.copyOf(errors);
    }
}
