/*
 * Kehu CRM: the warning before an idle session expires (layout.xhtml). The layout's p:idleMonitor calls warn() after
 * the user did nothing for (session timeout - warning seconds); the dialog counts down to the session's real expiry,
 * measured from the last request this browser made (any tab); "Continue" pings the server (p:commandButton), then
 * kept() closes the dialog and restarts the monitor. When the time is up, the page says the session has expired and
 * offers the login page: nothing is submitted on the user's behalf.
 * While the user is active (typing, clicking) without reaching the server, a quiet ping now and then keeps the
 * session, so that long typing is not lost either. No inline script: the layout calls these functions only through
 * PrimeFaces component attributes.
 */
var KehuIdle = (function () {
    'use strict';

    var STORAGE_KEY = 'kehu.idle.lastContact';
    /** The server's expiry task may run a moment after the exact second: wait that long before saying it expired. */
    var GRACE_MS = 3000;
    var ACTIVITY_EVENTS = 'keydown mousedown touchstart wheel';

    var lastContact = Date.now();
    var countdown = null;
    var expired = false;

    function config() {
        var el = document.getElementById('kehuIdleText');
        return el ? {
            timeoutMs: parseInt(el.getAttribute('data-timeout'), 10) * 1000,
            warningMs: parseInt(el.getAttribute('data-warning'), 10) * 1000,
            text: el.getAttribute('data-text'),
            el: el
        } : null;
    }

    function contact() {
        try {
            var shared = parseInt(window.localStorage.getItem(STORAGE_KEY), 10);
            if (shared > lastContact) {
                lastContact = shared;
            }
        } catch (e) {
            // no storage (private mode): this tab's own requests only
        }
        return lastContact;
    }

    function contacted() {
        lastContact = Date.now();
        try {
            window.localStorage.setItem(STORAGE_KEY, String(lastContact));
        } catch (e) {
            // see contact()
        }
    }

    function secondsLeft(cfg) {
        return Math.max(0, Math.ceil((contact() + cfg.timeoutMs - Date.now()) / 1000));
    }

    function stopCountdown() {
        if (countdown) {
            clearInterval(countdown);
            countdown = null;
        }
    }

    function tick() {
        var cfg = config();
        if (!cfg) {
            return;
        }
        var left = secondsLeft(cfg);
        cfg.el.textContent = cfg.text.replace('{0}', String(left));
        if (contact() + cfg.timeoutMs + GRACE_MS <= Date.now()) {
            stopCountdown();
            expired = true;
            PF('idleWarning').hide();
            PF('idleExpired').show();
        }
    }

    /** p:idleMonitor onidle: the user has been inactive long enough for the session to be near its end. */
    function warn() {
        if (expired || countdown) {
            return;
        }
        tick();
        if (!expired) {
            PF('idleWarning').show();
            countdown = setInterval(tick, 1000);
        }
    }

    /** oncomplete of "Continue": the server has renewed the session. */
    function kept() {
        contacted();
        stopCountdown();
        PF('idleWarning').hide();
        PF('idleMonitor').reset();
    }

    /** Activity without a request: ping quietly once the last contact is older than half the warning time. */
    function active() {
        var cfg = config();
        if (!cfg || expired || countdown) {
            return;
        }
        if (Date.now() - contact() > cfg.warningMs / 2 && typeof kehuKeepAlive === 'function') {
            contacted();
            kehuKeepAlive();
        }
    }

    $(document).on('pfAjaxComplete', function () {
        if (!expired) {
            contacted();
        }
    });
    $(document).on(ACTIVITY_EVENTS, active);
    contacted();

    return {warn: warn, kept: kept};
}());
