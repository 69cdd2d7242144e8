/*
 * Kehu CRM reports: save a report's chart as a PNG, and hand the chart to the PDF export. The charts are PrimeFaces
 * p:chart widgets (Chart.js); their image comes from Chart.js itself (toBase64Image). No inline script: the pages call
 * these functions only through PrimeFaces component attributes.
 */
var KehuReport = (function () {
    'use strict';

    function chartOf(widgetVar) {
        var widget = PrimeFaces.widgets[widgetVar];
        return widget && widget.chart ? widget.chart : null;
    }

    return {
        /** Downloads the chart of p:chart widgetVar as fileName. */
        savePng: function (widgetVar, fileName) {
            var chart = chartOf(widgetVar);
            if (chart) {
                var link = document.createElement('a');
                link.href = chart.toBase64Image('image/png', 1);
                link.download = fileName;
                document.body.appendChild(link);
                link.click();
                document.body.removeChild(link);
            }
            return false;
        },

        /** Puts the chart's PNG (a data URL) into the hidden field fieldId, which the PDF export sends along. */
        capture: function (widgetVar, fieldId) {
            var chart = chartOf(widgetVar);
            var field = document.getElementById(fieldId);
            if (field) {
                field.value = chart ? chart.toBase64Image('image/png', 1) : '';
            }
            return true;
        }
    };
}());
