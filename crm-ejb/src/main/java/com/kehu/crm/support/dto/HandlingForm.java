package com.kehu.crm.support.dto;

import com.kehu.crm.support.entity.ServiceRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** How the assignee handled a request in this round. */
public class HandlingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{support.handling.required}")
    @Size(max = ServiceRequest.TEXT_LENGTH, message = "{field.size}")
    private String handling;

    public HandlingForm() {
    }

    public HandlingForm(String handling) {
        this.handling = handling;
    }

    public String getHandling() {
        return handling;
    }

    public void setHandling(String handling) {
        this.handling = handling;
    }
}
