package com.kehu.crm.security.dto;

import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import java.io.Serializable;
import java.time.LocalDate;

/** The filters of the security audit list; empty fields do not filter. The period includes both days. */
public class SecurityEventCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private SecurityEventType type;
    private SecurityOutcome outcome;
    private String clientAddress;

    public SecurityEventCriteria copy() {
        SecurityEventCriteria copy = new SecurityEventCriteria();
        copy.from = from;
        copy.to = to;
        copy.actor = actor;
        copy.type = type;
        copy.outcome = outcome;
        copy.clientAddress = clientAddress;
        return copy;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public SecurityEventType getType() {
        return type;
    }

    public void setType(SecurityEventType type) {
        this.type = type;
    }

    public SecurityOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(SecurityOutcome outcome) {
        this.outcome = outcome;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }
}
