package com.kehu.crm.sales.control;

import com.kehu.crm.sales.boundary.SalesImportException;
import com.kehu.crm.sales.dto.FieldProblem;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Collects every problem of an import message before anything is written, so that the sales system learns all its
 * mistakes at once: the message's Bean Validation constraints first ({@link #validate}), then what only the database
 * knows (an unknown customer or product), added by the writer. Errors stay structured (field, message) until they are
 * shown. The messages come from ValidationMessages in the checker's language: English for the sales system's
 * developer, the user's language on the import page.
 */
public final class ImportChecks {

    public static final int MAX_LINES = 1000;

    private final List<FieldProblem> errors = new ArrayList<>();
    private final ResourceBundle messages;
    private final Locale locale;

    /** Messages in English: the reader of a REST answer is the sales system's developer. */
    public ImportChecks() {
        this(Locale.ENGLISH);
    }

    /** Messages in the given language: the import page shows them to the user who uploaded the file. */
    public ImportChecks(Locale locale) {
        this.locale = locale;
        messages = ResourceBundle.getBundle("ValidationMessages", locale, ImportChecks.class.getClassLoader());
    }

    public void add(String field, String key, Object... arg) {
        errors.add(FieldProblem.of(field, message(key, arg.length > 0 ? arg[0] : null)));
    }

    /** The text of a ValidationMessages key, with {@code {max}} or {@code {0}} replaced by {@code arg}. */
    public String message(String key, Object arg) {
        String message = messages.containsKey(key) ? messages.getString(key) : key;
        return arg == null ? message : message.replace("{max}", String.valueOf(arg)).replace("{0}", String.valueOf(arg));
    }

    /**
     * Checks a message by its Bean Validation constraints, with the messages in this checker's language; the
     * refusals come in the order of the message's fields (lines by their position), so that a sender reads them as
     * the message is written.
     */
    public void validate(Object message, ValidatorFactory factory) {
        Validator validator = factory.usingContext()
                .messageInterpolator(new InLocale(factory.getMessageInterpolator(), locale)).getValidator();
        validator.validate(message).stream()
                .sorted(Comparator.comparing(v -> order(message.getClass(), v.getPropertyPath()), ImportChecks::compare))
                .forEach(v -> errors.add(problem(v.getPropertyPath(), v.getMessage())));
    }

    /** A field of one of the message's lines, e.g. the unknown product of line {@code index}. */
    public void addLine(int index, String field, String key) {
        errors.add(new FieldProblem(field, index, message(key, null)));
    }

    /** The refused field of a constraint's path: its name, and the index of the line it belongs to, if any. */
    static FieldProblem problem(Path path, String message) {
        Integer line = null;
        String field = "";
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                line = node.getIndex();
                field = "";
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field = node.getName();
            }
        }
        return new FieldProblem(field, line, message);
    }

    /** The position of each step of a path: the field's place in its record, a line's index. */
    private static List<Integer> order(Class<?> type, Path path) {
        List<Integer> order = new ArrayList<>();
        Class<?> current = type;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                order.add(node.getIndex() == null ? 0 : node.getIndex());
            }
            if (node.getKind() == ElementKind.PROPERTY && current != null && current.isRecord()) {
                RecordComponent[] components = current.getRecordComponents();
                Class<?> next = null;
                int at = components.length;
                for (int i = 0; i < components.length; i++) {
                    if (components[i].getName().equals(node.getName())) {
                        at = i;
                        next = element(components[i]);
                    }
                }
                order.add(at);
                current = next;
            }
        }
        return order;
    }

    private static Class<?> element(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return component.getType();
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** A trimmed text, null when blank: what is stored of a checked field. */
    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The container's interpolator, always in one language (a checker's, not the thread's). */
    private record InLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw SalesImportException.of(errors);
        }
    }
}
