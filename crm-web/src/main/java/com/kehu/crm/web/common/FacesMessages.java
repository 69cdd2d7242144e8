package com.kehu.crm.web.common;

import com.kehu.crm.common.boundary.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Iterator;

/** Puts messages from bundle keys on the page: globally, or next to the field a business rule names. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, Bundles.text(key, args));
    }

    public static void warn(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_WARN, Bundles.text(key, args));
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, Bundles.text(key, args));
    }

    /** Shows a refused business rule next to its field (an input whose id is the field name) or globally. */
    public static void error(BusinessException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Bundles.text(e.getKey(), (Object[]) e.getArgs());
        UIInput input = e.getField() == null ? null : findInput(context.getViewRoot(), e.getField());
        add(input == null ? null : input.getClientId(context), FacesMessage.SEVERITY_ERROR, text);
        context.validationFailed();
    }

    /** Keeps messages across a redirect (post-redirect-get). */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private static UIInput findInput(UIComponent parent, String id) {
        Iterator<UIComponent> children = parent.getFacetsAndChildren();
        while (children.hasNext()) {
            UIComponent child = children.next();
            if (child instanceof UIInput input && id.equals(child.getId())) {
                return input;
            }
            UIInput found = findInput(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
