package com.kehu.crm.web.api;

import com.kehu.crm.sales.dto.FieldError;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A body that is not JSON of the expected shape (a text where a number belongs, a malformed date): 400 in the same
 * form as a refused field, without the parser's internals.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return SalesImportExceptionMapper.badRequest(List.of(new FieldError("",
                "The body is not valid JSON of this resource's shape (numbers as numbers, dates as yyyy-MM-dd)")));
    }
}
