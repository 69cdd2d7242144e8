package com.kehu.crm.web.common;

import com.kehu.crm.basedata.entity.DictType;
import com.kehu.crm.churn.entity.ChurnStatus;
import com.kehu.crm.customer.entity.CustomerStatus;
import com.kehu.crm.customer.entity.Sex;
import com.kehu.crm.opportunity.entity.OpportunityStatus;
import com.kehu.crm.support.entity.ServiceStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The old and new values of a history row as users read them: dictionary codes ({@code NORTH}, {@code 1}) and enum
 * constants ({@code MALE}) by their label in the user's language, date-times without the ISO {@code T}. The audit
 * trail keeps the stored values themselves, so that a label renamed later never rewrites history.
 */
@Named
@RequestScoped
public class HistoryValues {

    /** "entity type.field" of the audit trail → the dictionary its codes come from. */
    static final Map<String, DictType> DICTIONARY = Map.of(
            "CUSTOMER.region", DictType.REGION,
            "CUSTOMER.level", DictType.CUSTOMER_LEVEL,
            "CUSTOMER.satisfaction", DictType.SATISFACTION,
            "CUSTOMER.credit", DictType.CREDIT,
            "CUSTOMER.bank", DictType.BANK,
            "CUSTOMER.enterpriseType", DictType.ENTERPRISE_TYPE,
            "CUSTOMER.enterpriseNature", DictType.ENTERPRISE_NATURE,
            "SUPPORT.type", DictType.SERVICE_TYPE,
            "SUPPORT.satisfaction", DictType.SATISFACTION);

    /** "entity type.field" → the enum whose constants are labelled by the bundle keys {@code Enum.CONSTANT}. */
    static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            "CUSTOMER.status", CustomerStatus.class,
            "CONTACT.sex", Sex.class,
            "OPPORTUNITY.status", OpportunityStatus.class,
            "SUPPORT.status", ServiceStatus.class,
            "CHURN_WARNING.status", ChurnStatus.class);

    @Inject
    private DictionaryLabels dictionary;

    @Inject
    private LocaleBacking locale;

    /** The value of {@code field} of a record of {@code entityType} as shown to the user. */
    public String label(String entityType, String field, String value) {
        if (value == null || field == null) {
            return value;
        }
        String key = entityType + "." + field;
        DictType type = DICTIONARY.get(key);
        if (type != null) {
            return dictionary.label(type.name(), value);
        }
        Class<? extends Enum<?>> enumType = ENUMS.get(key);
        if (enumType != null) {
            String bundleKey = enumType.getSimpleName() + "." + value;
            ResourceBundle bundle = ResourceBundle.getBundle(Bundles.BASE_NAME, locale.getLocale());
            return bundle.containsKey(bundleKey) ? bundle.getString(bundleKey) : value;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?")) {
            // a LocalDateTime's ISO text: date and time to the minute or second, as elsewhere in the pages
            return value.replace('T', ' ').replaceFirst("\\.\\d+$", "");
        }
        return value;
    }
}
