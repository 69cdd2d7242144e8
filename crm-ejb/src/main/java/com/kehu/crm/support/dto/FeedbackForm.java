package com.kehu.crm.support.dto;

import com.kehu.crm.support.entity.ServiceRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The customer's feedback on a handled request: the result and 1-5 stars. */
public class FeedbackForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{support.result.required}")
    @Size(max = ServiceRequest.TEXT_LENGTH, message = "{field.size}")
    private String result;

    @NotNull(message = "{support.satisfaction.required}")
    @Min(value = 1, message = "{support.satisfaction.required}")
    @Max(value = 5, message = "{field.max}")
    private Integer satisfaction;

    public FeedbackForm() {
    }

    public FeedbackForm(String result, Integer satisfaction) {
        this.result = result;
        this.satisfaction = satisfaction;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }
}
