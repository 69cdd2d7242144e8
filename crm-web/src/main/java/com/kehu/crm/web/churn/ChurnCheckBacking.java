package com.kehu.crm.web.churn;

import com.kehu.crm.churn.boundary.ChurnCheckService;
import com.kehu.crm.churn.dto.ChurnRunView;
import com.kehu.crm.churn.dto.ScheduleView;
import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.dto.JobProgress;
import com.kehu.crm.web.common.FacesMessages;
import com.kehu.crm.web.common.JobPage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The churn check's administration: its schedule and timer, "run now" (the check's batch job, followed with the shared
 * progress component: stop, restart from the last chunk) and the latest runs (when, how long, how many warnings).
 */
@Named
@ViewScoped
public class ChurnCheckBacking implements JobPage, Serializable {

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
        if (current.running()) {
            FacesMessages.info("churn_check.message.started");
        } else {
            // A small database is checked before the page answers: no poll follows, so say so now.
            finished();
        }
    }

    /** The poll while a run is going: its progress; at the end the list of runs. */
    @Override
    public void poll() {
        if (current == null) {
            return;
        }
        current = checkService.run(current.id());
        if (!current.running()) {
            refreshRuns();
            finished();
        }
    }

    private void finished() {
        FacesMessages.info("churn_check.message.finished", current.warningsCreated(), current.durationMillis());
    }

    @Override
    public void stop() {
        if (current != null) {
            checkService.stop(current.id());
            FacesMessages.info("job.message.stopping");
        }
    }

    @Override
    public void restart(long id) {
        try {
            checkService.restart(id);
            current = checkService.run(id);
            refreshRuns();
            FacesMessages.info("job.message.restarted");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    @Override
    public void show(long id) {
        current = checkService.run(id);
    }

    @Override
    public JobProgress getProgress() {
        return current == null ? null : current.progress();
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

    @Override
    public List<JobProgress> getRuns() {
        return runs.stream().map(ChurnRunView::progress).toList();
    }

    public ChurnRunView getCurrent() {
        return current;
    }

    public boolean isRunning() {
        return current != null && current.running();
    }
}
