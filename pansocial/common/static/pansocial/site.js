// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Tell the server the reader's time zone so times are shown in it.
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("tz=" + zone) === -1) {
      document.cookie = "tz=" + zone + "; path=/; max-age=31536000; samesite=lax";
    }
  } catch (e) { /* older browsers: UTC is shown */ }

  // Error summary (docs/design.md): focus moves to it; its links focus their field.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-error-summary]");
    if (!summary) { return; }
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!field) { return; }
      event.preventDefault();
      var label = document.querySelector("label[for='" + field.id + "']");
      var choice = field.type === "checkbox" || field.type === "radio";
      var group = choice && field.closest("fieldset");
      (group && group.querySelector("legend") || label || field).scrollIntoView();
      field.focus({ preventScroll: true });
    });
  });
})();
