package com.kehu.crm.sales.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.sales.dto.FieldError;
import com.kehu.crm.sales.dto.FieldProblem;
import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;

/** An import message was refused: every bad field with its reason. Nothing of the message was written. */
@ApplicationException(rollback = true)
public class SalesImportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final ArrayList<FieldProblem> problems;

    public SalesImportException(List<FieldError> errors) {
        super("sales.error.invalid");
        this.problems = new ArrayList<>(errors.stream().map(e -> FieldProblem.of(e.field(), e.message())).toList());
    }

    /** Refused fields as the checks found them, structured (the line of an order, the field). */
    public static SalesImportException of(List<FieldProblem> problems) {
        SalesImportException refused = new SalesImportException(List.of());
        refused.problems.addAll(problems);
        return refused;
    }

    /** As a REST answer names them ({@code lines[1].quantity}). */
    public List<FieldError> getErrors() {
        return problems.stream().map(FieldProblem::toError).toList();
    }

    public List<FieldProblem> getProblems() {
        return List.copyOf(problems);
    }
}
