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

// The roster's search: hides the lines whose name does not contain what is typed (accents and
// case ignored), says how many are shown, and filters again after each ajax update of the lines.
window.relais.filterRoster = function () {
  var input = document.getElementById("rosterSearch");
  if (!input) {
    return;
  }
  var fold = function (text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  };
  var wanted = fold(input.value);
  var lines = document.querySelectorAll(".roster-line");
  var shown = 0;
  lines.forEach(function (line) {
    var name = line.querySelector(".roster-line__name");
    var match = wanted === "" || (name && fold(name.textContent).indexOf(wanted) >= 0);
    line.hidden = !match;
    if (match) {
      shown++;
    }
  });
  var count = document.getElementById("rosterSearchCount");
  if (count) {
    count.textContent =
      wanted === "" ? "" : (input.getAttribute("data-count") || "{0} / {1}")
          .replace("{0}", shown).replace("{1}", lines.length);
  }
};
window.addEventListener("load", function () {
  var input = document.getElementById("rosterSearch");
  if (!input) {
    return;
  }
  input.addEventListener("input", window.relais.filterRoster);
  // Enter in the search field must not submit anything.
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
    }
  });
  if (window.jQuery) {
    jQuery(document).on("pfAjaxComplete", window.relais.filterRoster);
  }
  window.relais.filterRoster();
});

// The projector page: a "full screen" button where the browser allows it (hidden otherwise).
window.addEventListener("load", function () {
  var button = document.getElementById("fullScreen");
  if (!button || !document.fullscreenEnabled) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else {
      document.documentElement.requestFullscreen();
    }
  });
});

// The calendar (p:schedule's extender, called before it renders): a month grid does not fit a
// phone, so small screens open the list of the month instead; the view buttons stay.
window.relaisCalendar = function () {
  if (window.matchMedia("(max-width: 40rem)").matches) {
    this.cfg.options.initialView = "listMonth";
  }
};

// PrimeFaces' messages give each <li> role="alert": the <ul> then holds no list items, which
// assistive technology reads as a broken list (axe "list"). The alerts are kept, the list role
// dropped. Runs at load and after every ajax update (which may render new messages).
window.relais.messagesAsAlerts = function () {
  document.querySelectorAll(".ui-messages ul:not([role])").forEach(function (list) {
    if (list.querySelector(":scope > li[role='alert']")) {
      list.setAttribute("role", "none");
    }
  });
};
window.relais.messagesAsAlerts();
window.addEventListener("load", function () {
  if (window.jQuery) {
    jQuery(document).on("pfAjaxComplete", window.relais.messagesAsAlerts);
  }
});

// Copy buttons (the establishment's staff page): data-copy names the field whose text is copied,
// data-status the live region that says it was, data-done what it says.
document.addEventListener("click", function (event) {
  var button = event.target.closest ? event.target.closest("[data-copy]") : null;
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute("data-copy"));
  var status = document.getElementById(button.getAttribute("data-status"));
  if (!field) {
    return;
  }
  field.select();
  var done = function () {
    if (status) {
      status.textContent = button.getAttribute("data-done");
    }
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done, function () {});
  } else if (document.execCommand && document.execCommand("copy")) {
    done();
  }
});
