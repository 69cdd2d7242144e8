package com.kehu.crm.web.api;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.sales.dto.FieldError;
import com.kehu.crm.web.common.Bundles;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * A request the business tier refused with a reason of its own (e.g. a file in an encoding it cannot read): 400 with
 * the reason in English, {@code {"errors":[{"field":…,"message":…}]}}, never a 500.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        String field = e.getField() == null ? "" : e.getField();
        return SalesImportExceptionMapper.badRequest(List.of(new FieldError(field,
                Bundles.text(Locale.ENGLISH, e.getKey(), (Object[]) e.getArgs()))));
    }
}
