package com.kehu.crm.web.churn;

import com.kehu.crm.churn.boundary.ChurnCheckService;
import com.kehu.crm.churn.dto.ChurnRunView;
import com.kehu.crm.churn.dto.ScheduleView;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The churn check's administration: its schedule and timer, the latest runs (when, how long, how many warnings),
 * and "run now", which starts the check in the background and follows its progress by polling the run's row.
 */
@Named
@ViewScoped
public class ChurnCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RUNS_SHOWN = 10;

    @EJB
    private ChurnCheckService checkService;

    private ScheduleView schedule;
    private List<ChurnRunView> runs;
    private ChurnRunView current;

    @PostConstruct
    void init() {
        schedule = checkService.schedule();
        refreshRuns();
        current = runs.stream().filter(ChurnRunView::running).findFirst().orElse(null);
    }

    public void runNow() {
        current = checkService.run(checkService.start());
        refreshRuns();
        FacesMessages.info("churn_check.message.started");
    }

    /** The poll while a run is going: its progress; at the end the list of runs. */
    public void poll() {
        if (current == null) {
            return;
        }
        current = checkService.run(current.id());
        if (!current.running()) {
            refreshRuns();
            FacesMessages.info("churn_check.message.finished", current.warningsCreated(), current.durationMillis());
        }
    }

    public void applySchedule() {
        schedule = checkService.applySchedule();
        FacesMessages.info("churn_check.message.scheduled", schedule.configured());
    }

    private void refreshRuns() {
        runs = checkService.latestRuns(RUNS_SHOWN);
    }

    public ScheduleView getSchedule() {
        return schedule;
    }

    public List<ChurnRunView> getRuns() {
        return runs;
    }

    public ChurnRunView getCurrent() {
        return current;
    }

    public boolean isRunning() {
        return current != null && current.running();
    }
}
