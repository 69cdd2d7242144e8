package com.kehu.crm.web.support;

import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.support.boundary.SupportService;
import com.kehu.crm.support.dto.CustomerOption;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The customer chosen in the new request's auto-complete: sent as its id, read back from the database. A CDI bean
 * (managed converter), so that the service can be injected.
 */
@Dependent
@FacesConverter(value = "customerOption", managed = true)
public class CustomerOptionConverter implements Converter<CustomerOption> {

    @Inject
    private SupportService supportService;

    @Override
    public CustomerOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        try {
            return supportService.customer(Long.parseLong(value));
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerOption value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
