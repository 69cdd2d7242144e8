package com.kehu.crm.web.common;

import com.kehu.crm.common.dto.JobProgress;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A page that follows a long job with the shared progress component ({@code <k:jobProgress bean="...">}): the run
 * it follows, the latest runs, and the actions the component offers. Each job page's backing bean implements it.
 */
public interface JobPage {

    /** The run the page follows, or null. */
    JobProgress getProgress();

    /** The latest runs, newest first. */
    List<JobProgress> getRuns();

    /** The component's poll while the run goes on: reload its progress. */
    void poll();

    /** Stop the followed run after its current chunk (offered while it runs). */
    void stop();

    /** Go on with a failed or stopped run from its last checkpoint. */
    void restart(long id);

    /** Follow another of the latest runs. */
    void show(long id);

    /** The server's time, for elapsed and remaining. */
    default LocalDateTime getNow() {
        return LocalDateTime.now();
    }
}
