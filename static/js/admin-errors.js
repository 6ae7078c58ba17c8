/* Every error of an admin form in sight (#25).
 *
 * A field in a language tab that is not shown, in an inline row's tab or in a folded
 * section used to hide its error: the form answered "Corrigez l'erreur ci-dessous" and showed
 * nothing. This marks each tab and folded section holding an error, shows the first tab with
 * one, and makes each link of the list at the top of the form reveal its field.
 */
(function () {
  "use strict";

  function tabOf(element) {
    var panel = element.closest("[id^='tab_']");
    return panel ? document.querySelector("a[href='#" + panel.id + "']") : null;
  }

  function reveal(element) {
    var details = element.closest("details");
    while (details) {
      details.open = true;
      details = details.parentElement.closest("details");
    }
    var tab = tabOf(element);
    if (tab) {
      tab.click();
    }
  }

  function markTab(tab, label) {
    if (tab.classList.contains("has-error")) {
      return;
    }
    tab.classList.add("has-error");
    tab.parentElement.classList.add("has-error");
    var mark = document.createElement("span");
    mark.className = "error-mark";
    mark.setAttribute("aria-hidden", "true");
    mark.textContent = " ⚠";
    var hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = " (" + label + ")";
    tab.append(mark, hidden);
  }

  function markErrors() {
    var summary = document.querySelector(".error-summary");
    if (!summary) {
      return;
    }
    var label = summary.dataset.tabError;
    var shown = new Set();
    document.querySelectorAll("form .errorlist, form .errors").forEach(function (error) {
      var details = error.closest("details");
      if (details) {
        details.open = true;
        details.classList.add("has-error");
      }
      var tab = tabOf(error);
      if (tab) {
        markTab(tab, label);
        // The first tab with an error in each group of tabs is the one shown.
        var group = tab.closest("ul");
        if (!shown.has(group)) {
          shown.add(group);
          tab.click();
        }
      }
    });
    summary.querySelectorAll("a[data-field]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var field = document.getElementById(link.dataset.field);
        if (!field) {
          return;
        }
        event.preventDefault();
        reveal(field);
        field.scrollIntoView({block: "center"});
        field.focus();
      });
    });
    summary.focus();
  }

  // modeltranslation builds its tabs in a jQuery "ready" handler, which jQuery may run
  // after "load" when the page has nothing left to load: wait for both.
  function afterTabs() {
    window.setTimeout(markErrors, 0);
  }
  if (document.readyState === "complete") {
    afterTabs();
  } else {
    window.addEventListener("load", afterTabs);
  }
})();
