// Relais: the small menu toggle for phones. Without JavaScript the menu is simply open.
(function () {
  document.documentElement.classList.add("js");
  // Filters start folded on phones (the sessions come first) and open on wide screens.
  var filters = document.querySelector("details.filters");
  if (filters && window.matchMedia("(min-width: 60rem)").matches) {
    filters.open = true;
  }
  var toggle = document.querySelector(".menu-toggle");
  var nav = document.getElementById("main-nav");
  if (!toggle || !nav) {
    return;
  }
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", String(!open));
    nav.classList.toggle("is-open", !open);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.classList.contains("is-open")) {
      toggle.setAttribute("aria-expanded", "false");
      nav.classList.remove("is-open");
      toggle.focus();
    }
  });
})();

// The roster: after "have them sign", bring the signature pad into view and move focus to it.
window.relais = {
  focusPad: function () {
    var title = document.getElementById("padTitle");
    if (title) {
      title.scrollIntoView({ block: "start" });
      title.focus();
    }
  }
};

// The annual report: while a run is under way (started here or by a colleague), follow its bar.
// Runs after every ajax update too; the flag keeps one poll per bar.
window.relais.followReport = function () {
  var running = document.querySelector("[data-report-running]");
  var bar = running && window.PF ? PF("progress") : null;
  if (bar && !bar.relaisFollowing) {
    bar.relaisFollowing = true;
    bar.start();
  }
};
window.addEventListener("load", function () {
  window.relais.followReport();
  if (window.jQuery) {
    jQuery(document).on("pfAjaxComplete", window.relais.followReport);
  }
});
