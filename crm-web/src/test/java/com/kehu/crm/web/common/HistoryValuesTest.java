package com.kehu.crm.web.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.churn.entity.ChurnMeasure;
import com.kehu.crm.churn.entity.ChurnWarning;
import com.kehu.crm.common.entity.Audited;
import com.kehu.crm.customer.entity.Contact;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.Document;
import com.kehu.crm.customer.entity.Interaction;
import com.kehu.crm.opportunity.entity.Opportunity;
import com.kehu.crm.opportunity.entity.PlanItem;
import com.kehu.crm.support.entity.ServiceRequest;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every coded value of the audit trail has a label: no {@code MALE}, {@code NORTH} or {@code 1} in a history tab. */
class HistoryValuesTest {

    private static final List<Class<? extends Audited>> AUDITED = List.of(Customer.class, Contact.class,
            Interaction.class, Document.class, Opportunity.class, PlanItem.class, ServiceRequest.class,
            ChurnWarning.class, ChurnMeasure.class);

    @Test
    void everyEnumFieldOfTheTrailIsLabelledInBothLanguages() throws Exception {
        Set<String> unmapped = new TreeSet<>();
        for (Class<? extends Audited> type : AUDITED) {
            Audited blank = blank(type);
            for (String field : blank.auditState().keySet()) {
                Field declared = findField(type, field);
                if (declared != null && declared.getType().isEnum()
                        && !HistoryValues.ENUMS.containsKey(blank.auditEntityType() + "." + field)) {
                    unmapped.add(blank.auditEntityType() + "." + field);
                }
            }
        }
        assertTrue(unmapped.isEmpty(), "enum fields shown as codes: " + unmapped);

        Set<String> missing = new TreeSet<>();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(Bundles.BASE_NAME, locale);
            for (Class<? extends Enum<?>> e : HistoryValues.ENUMS.values()) {
                for (Enum<?> constant : e.getEnumConstants()) {
                    String key = e.getSimpleName() + "." + constant.name();
                    if (!bundle.containsKey(key)) {
                        missing.add(key + " (" + locale + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "enum constants without a label: " + missing);
    }

    @Test
    void everyDictionaryFieldNamedIsAFieldOfTheTrail() throws Exception {
        Set<String> fields = new TreeSet<>();
        for (Class<? extends Audited> type : AUDITED) {
            Audited blank = blank(type);
            blank.auditState().keySet().forEach(f -> fields.add(blank.auditEntityType() + "." + f));
        }
        Set<String> unknown = new TreeSet<>(HistoryValues.DICTIONARY.keySet());
        unknown.addAll(HistoryValues.ENUMS.keySet());
        unknown.removeAll(fields);
        assertTrue(unknown.isEmpty(), "mapped fields the trail never writes: " + unknown);
    }

    private static Audited blank(Class<? extends Audited> type) throws Exception {
        Constructor<? extends Audited> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static Field findField(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
