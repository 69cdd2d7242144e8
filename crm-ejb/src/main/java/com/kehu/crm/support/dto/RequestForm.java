package com.kehu.crm.support.dto;

import com.kehu.crm.support.entity.ServiceRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The form of a new service request; the creator and the time are the system's. */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{support.customer.required}")
    private Long customerId;

    @NotBlank(message = "{support.type.required}")
    private String type;

    @NotBlank(message = "{support.summary.required}")
    @Size(max = ServiceRequest.SUMMARY_LENGTH, message = "{field.size}")
    private String summary;

    @NotBlank(message = "{support.requestText.required}")
    @Size(max = ServiceRequest.TEXT_LENGTH, message = "{field.size}")
    private String requestText;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getRequestText() {
        return requestText;
    }

    public void setRequestText(String requestText) {
        this.requestText = requestText;
    }
}
