package com.kehu.crm.web.security;

import com.kehu.crm.security.control.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The numbers of the password policy for the pages (the rules text, the input fields' lengths): one source. */
@Named
@ApplicationScoped
public class PasswordRules {

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public int getMaxBytes() {
        return PasswordPolicy.MAX_BYTES;
    }

    public int getMaxChinese() {
        return PasswordPolicy.MAX_CHINESE;
    }
}
