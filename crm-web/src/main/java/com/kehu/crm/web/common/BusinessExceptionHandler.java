package com.kehu.crm.web.common;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.ConcurrentEditException;
import com.kehu.crm.common.boundary.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Turns what the business tier refuses into a message in the user's language on the same page: a business rule
 * (next to its field where it names one), a concurrent edit ("changed by someone else: reload"), a missing right.
 * Everything else goes on to OmniFaces' full-ajax exception handler and the error pages, never as a stack trace.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (handled(thrown)) {
                events.remove();
                if (!context.getResponseComplete()) {
                    context.renderResponse();
                }
            }
        }
        getWrapped().handle();
    }

    static boolean handled(Throwable thrown) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof NotFoundException && !context.isPostback()) {
                // Opening a page of a record that does not exist: the "page not found" page.
                try {
                    context.getExternalContext().responseSendError(404, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                context.responseComplete();
                return true;
            }
            if (t instanceof BusinessException business) {
                FacesMessages.error(business);
                return true;
            }
            if (t instanceof OptimisticLockException) {
                FacesMessages.error(new ConcurrentEditException());
                return true;
            }
            if (t instanceof EJBAccessException) {
                FacesMessages.error("error.forbidden");
                context.validationFailed();
                return true;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml after OmniFaces' factory, so that it sees every exception first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
