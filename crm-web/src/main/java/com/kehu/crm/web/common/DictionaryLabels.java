package com.kehu.crm.web.common;

import com.kehu.crm.basedata.boundary.DictionaryService;
import com.kehu.crm.basedata.entity.DictEntry;
import com.kehu.crm.basedata.entity.DictType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary entries for pages: drop-down options and the label of a stored value, in the user's language. Each
 * type is read once per request, so that a long list shows labels without a query per row.
 */
@Named("dict")
@RequestScoped
public class DictionaryLabels {

    @EJB
    private DictionaryService dictionaryService;

    @Inject
    private LocaleBacking locale;

    private final Map<DictType, List<DictEntry>> entries = new EnumMap<>(DictType.class);

    /** The options of a drop-down: value → label. */
    public List<SelectItem> options(String type) {
        return entries(DictType.valueOf(type)).stream()
                .map(e -> new SelectItem(e.getValue(), e.label(locale.isChinese()))).toList();
    }

    /** The options of a drop-down of a numeric scale (credit, satisfaction 1-5): number → label. */
    public List<SelectItem> intOptions(String type) {
        return entries(DictType.valueOf(type)).stream()
                .map(e -> new SelectItem(Integer.valueOf(e.getValue()), e.label(locale.isChinese()))).toList();
    }

    /** The label of a stored value; the value itself if the entry no longer exists. */
    public String label(String type, Object value) {
        if (value == null) {
            return null;
        }
        String v = value.toString();
        return entries(DictType.valueOf(type)).stream().filter(e -> e.getValue().equals(v)).findFirst()
                .map(e -> e.label(locale.isChinese())).orElse(v);
    }

    private List<DictEntry> entries(DictType type) {
        return entries.computeIfAbsent(type, dictionaryService::entries);
    }
}
