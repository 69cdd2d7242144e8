package com.kehu.crm.web.basedata;

import com.kehu.crm.basedata.boundary.DictionaryService;
import com.kehu.crm.basedata.entity.DictEntry;
import com.kehu.crm.basedata.entity.DictType;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The data dictionary page (数据字典): entries of one type, edited in a dialog. */
@Named
@ViewScoped
public class DictionaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DictionaryService dictionaryService;

    private DictType type = DictType.CUSTOMER_LEVEL;
    private List<DictEntry> entries;
    private DictEntry editing;

    @PostConstruct
    void init() {
        loadEntries();
    }

    public void loadEntries() {
        entries = dictionaryService.entries(type);
    }

    public void startNew() {
        editing = new DictEntry(type);
        editing.setSortOrder(entries.stream().mapToInt(DictEntry::getSortOrder).max().orElse(0) + 1);
    }

    public void startEdit(DictEntry entry) {
        editing = entry;
    }

    public void save() {
        boolean created = editing.isNew();
        DictEntry saved = created ? dictionaryService.create(editing) : dictionaryService.update(editing);
        FacesMessages.info(created ? "dict.message.created" : "dict.message.saved", saved.getLabelZh());
        editing = null;
        loadEntries();
    }

    public void delete(DictEntry entry) {
        dictionaryService.delete(entry.getId(), entry.getVersion());
        FacesMessages.info("dict.message.deleted", entry.getLabelZh());
        loadEntries();
    }

    public DictType[] getTypes() {
        return DictType.values();
    }

    public DictType getType() {
        return type;
    }

    public void setType(DictType type) {
        this.type = type;
    }

    public List<DictEntry> getEntries() {
        return entries;
    }

    public DictEntry getEditing() {
        return editing;
    }
}
