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

  // Confirmation pages (docs/design.md): a link marked data-confirm leads to a page that
  // says what will happen. With JavaScript that page opens in a native dialog over the
  // current one; its form posts exactly as on the page, Cancel and Escape close it.
  // Anything unexpected (no <dialog>, a failed fetch) follows the link as before.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-confirm]");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey ||
        event.ctrlKey || event.shiftKey || typeof HTMLDialogElement !== "function") { return; }
    event.preventDefault();
    fetch(link.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok || response.redirected) { throw new Error("not a confirmation"); }
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html").querySelector(".confirm-page");
        if (!page) { throw new Error("not a confirmation"); }
        var dialog = document.createElement("dialog");
        dialog.className = "confirm-dialog";
        var heading = page.querySelector("h1");
        if (heading) {
          heading.id = "confirm-dialog-title";
          dialog.setAttribute("aria-labelledby", heading.id);
        }
        dialog.appendChild(document.importNode(page, true));
        dialog.addEventListener("click", function (inner) {
          var cancel = inner.target.closest("a.button.secondary");
          if (cancel) { inner.preventDefault(); dialog.close(); }
        });
        dialog.addEventListener("close", function () { dialog.remove(); link.focus(); });
        document.body.appendChild(dialog);
        dialog.showModal();
      })
      .catch(function () { window.location.href = link.href; });
  });
})();
