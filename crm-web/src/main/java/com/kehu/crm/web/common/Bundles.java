package com.kehu.crm.web.common;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up the user-visible texts of {@code i18n/messages} (or, for a key of the business tier, of
 * {@code ValidationMessages}) in the current view's language.
 */
public final class Bundles {

    public static final String BASE_NAME = "i18n.messages";
    /** The business tier's messages, also in the user's language: what the EJBs refuse with a key of their own. */
    static final String BUSINESS_NAME = "ValidationMessages";

    private Bundles() {
    }

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null
                ? context.getViewRoot().getLocale() : LocaleBacking.DEFAULT;
        return text(locale, key, args);
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BASE_NAME, locale, Bundles.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            // The business tier's own messages (refusals of the import, the checks of Bean Validation).
            try {
                pattern = ResourceBundle.getBundle(BUSINESS_NAME, locale, Bundles.class.getClassLoader()).getString(key);
            } catch (MissingResourceException notThere) {
                return "???" + key + "???";
            }
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
