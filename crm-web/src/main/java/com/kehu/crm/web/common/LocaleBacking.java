package com.kehu.crm.web.common;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The user's language (简体中文 by default, or English), kept for the session. It is user preference, not page
 * state, and a {@link Locale} is all it holds.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private Locale locale = DEFAULT;

    public Locale getLocale() {
        return locale;
    }

    public boolean isChinese() {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    /** Switches the language and shows the same page again. */
    public void switchTo(String languageTag) {
        locale = "en".equals(languageTag) ? Locale.ENGLISH : DEFAULT;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
