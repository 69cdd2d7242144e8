package com.kehu.crm.security.dto;

import java.io.Serializable;

/** A role as lists show it: code and its name in both languages. */
public record RoleLabel(String code, String nameZh, String nameEn) implements Serializable {

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
